import type { CookieAttributes } from '../../../model/facts';
import type { TextRange } from '../../../model/range';
import { envValue, mapValue, type Value } from '../../../model/value';
import type { FileContext } from '../fileContext';
import { asBoolean, asNumber, asString, entryAt, optionValue, type ValueReader } from '../optionValues';
import type { JsValue, ObjectValue } from '../values';

/** A library's cookie defaults: what an absent option means (RULES.md, "Library defaults"). */
export interface CookieDefaults {
  readonly name?: string;
  readonly httpOnly: boolean | undefined;
  /**
   * 'auto': the library marks the cookie Secure exactly when the request is HTTPS (the `cookies`
   * package and cookie-session, which builds on it), the same as express-session's `secure: 'auto'`.
   */
  readonly secure: boolean | 'auto' | undefined;
  /** undefined: no SameSite attribute is sent. */
  readonly sameSite: string | undefined;
  /** Seconds; null: a browser-session cookie. */
  readonly maxAge: number | null;
  readonly path: string | undefined;
}

/**
 * SameSite as sent: express/cookie accept true ('strict'), false (not sent) and strings in any case.
 */
export const asSameSite: ValueReader<string> = (v) => {
  if (v === true) return 'strict';
  if (v === false || v === null) return '';
  return typeof v === 'string' ? v.toLowerCase() : undefined;
};

/** `secure: 'auto'` (express-session, @fastify/session) is Secure exactly on HTTPS requests. */
const asSecure: ValueReader<boolean | 'auto'> = (v) => (v === 'auto' ? 'auto' : Boolean(v));

/**
 * 'auto' is the environment deciding (Secure on HTTPS only): the env state, kept where it is written,
 * or at the options object when 'auto' is the library's own default.
 */
function autoAsEnv(value: Value<boolean | 'auto'>, defaultRange: TextRange): Value<boolean> {
  if (value.kind === 'known' && value.value === 'auto') {
    return envValue("'auto'", value.range, [true, false], { optionRange: value.optionRange, file: value.file });
  }
  if (value.kind === 'absent' && value.default === 'auto') return envValue("'auto'", defaultRange, [true, false]);
  return mapValue(value, (v) => v !== false);
}

/** Reads the standard cookie attributes from an options object (at `prefix`, e.g. ['cookie']). */
export function readCookieAttributes(
  file: FileContext,
  options: JsValue | undefined,
  prefix: readonly string[],
  defaults: CookieDefaults,
  fallbackRange: TextRange,
  maxAgeUnit: 'ms' | 's',
  name?: Value<string>,
): CookieAttributes {
  const object: ObjectValue | undefined = options?.kind === 'object' ? options : undefined;
  const noOptions = !options || (options.kind === 'literal' && (options.value === undefined || options.value === null));
  const read = <T>(key: string, reader: ValueReader<T>, fallback: T | undefined): Value<T> => {
    if (noOptions) return { kind: 'absent', default: fallback };
    if (!object) return { kind: 'unknown' };
    const { entry, complete } = entryAt(object, [...prefix, key]);
    return optionValue(file, entry, complete, reader, fallback, fallbackRange);
  };
  const maxAgeRaw = read<number | null>('maxAge', (v) => (v === null ? null : asNumber(v)), defaults.maxAge === null ? null : defaults.maxAge * (maxAgeUnit === 'ms' ? 1000 : 1));
  const maxAge = maxAgeUnit === 'ms' ? mapValue(maxAgeRaw, (ms) => (ms === null ? null : ms / 1000)) : maxAgeRaw;
  return {
    name: name ?? read('name', asString, defaults.name),
    httpOnly: read('httpOnly', asBoolean, defaults.httpOnly),
    secure: autoAsEnv(read<boolean | 'auto'>('secure', asSecure, defaults.secure), fallbackRange),
    sameSite: read('sameSite', asSameSite, defaults.sameSite),
    maxAge,
    domain: read('domain', asString, undefined),
    path: read('path', asString, defaults.path),
  };
}
