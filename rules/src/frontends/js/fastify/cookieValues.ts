import type { CookieAttributes } from '../../../model/facts';
import type { TextRange } from '../../../model/range';
import type { Value } from '../../../model/value';
import type { AdapterContext } from '../adapterContext';
import { expiresEffect } from '../adapters/cookieCall';
import { readCookieAttributes, type CookieDefaults } from '../adapters/cookieOptions';
import { entryAt } from '../optionValues';
import type { JsValue, ObjectValue } from '../values';

/**
 * The cookie attributes of Fastify cookie options at `prefix` (`['cookie']` for the session plugins,
 * `[]` for `reply.setCookie`), with what the Fastify plugins add on top of the common reading
 * (which already takes `secure: 'auto'` for the environment deciding): `expires` without `maxAge`
 * makes a persistent cookie, and a date in the past deletes it.
 */
export function readFastifyCookie(
  context: AdapterContext,
  options: JsValue | undefined,
  prefix: readonly string[],
  defaults: CookieDefaults,
  fallbackRange: TextRange,
  maxAgeUnit: 'ms' | 's',
  name: Value<string>,
): { cookie: CookieAttributes; clearing: boolean } {
  let cookie = readCookieAttributes(context.file, options, prefix, defaults, fallbackRange, maxAgeUnit, name);
  const cookieObject = objectAt(options, prefix);
  if (!cookieObject) return { cookie, clearing: false };
  const expires = expiresEffect(context, cookieObject, fallbackRange);
  if (expires.maxAge && cookie.maxAge.kind === 'absent') cookie = { ...cookie, maxAge: expires.maxAge };
  return { cookie, clearing: expires.clearing };
}

/** The object at a path of an options object, when it resolved to one. */
export function objectAt(options: JsValue | undefined, path: readonly string[]): ObjectValue | undefined {
  if (options?.kind !== 'object') return undefined;
  if (path.length === 0) return options;
  const { entry } = entryAt(options, path);
  return entry?.value.kind === 'object' ? entry.value : undefined;
}
