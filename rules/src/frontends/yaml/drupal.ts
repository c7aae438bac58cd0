import { isMap, isScalar, type Document, type Node as YamlNode } from 'yaml';
import type { FactEditor, OptionKey } from '../../model/edit';
import type { SessionConfigFact } from '../../model/facts';
import type { TextRange } from '../../model/range';
import { known, unknown, type Value } from '../../model/value';
import { keyOf, mapAt, nodeRange, pairAt, pairRange, type MapNode, type PairNode } from './yamlNodes';

/** session.storage.options keys by neutral option (Drupal hands them to Symfony's NativeSessionStorage). */
const KEYS: Partial<Record<OptionKey, string>> = {
  httpOnly: 'cookie_httponly',
  secure: 'cookie_secure',
  sameSite: 'cookie_samesite',
  maxAge: 'cookie_lifetime',
  domain: 'cookie_domain',
  idleTimeout: 'gc_maxlifetime',
  sidLength: 'sid_length',
  sidBitsPerCharacter: 'sid_bits_per_character',
};

type Scalar = string | number | boolean | null;

/** Drupal's template (`sites/default/default.services.yml`): copied to services.yml by a site, never loaded itself. */
export function isDrupalTemplate(fileName: string): boolean {
  return /(^|[\\/])default\.services\.ya?ml$/.test(fileName);
}

/**
 * Drupal's `parameters: session.storage.options: { … }` (sites/<site>/services.yml). Only what the file
 * sets is judged: a key it leaves out is Drupal's, not PHP's (core sets HttpOnly, chooses Secure
 * by the request's scheme, names the cookie SESS… from the site, and ships its own lifetimes), so
 * every missing key is unknown.
 */
export function drupalSessionFact(document: Document): SessionConfigFact | undefined {
  const root = isMap(document.contents) ? (document.contents as MapNode) : undefined;
  const parameters = mapAt(root, 'parameters');
  const pair = parameters ? pairAt(parameters, 'session.storage.options') : undefined;
  const options = pair && isMap(pair.value) ? (pair.value as MapNode) : undefined;
  if (!pair || !options) return undefined;
  const pairs = new Map<string, PairNode>();
  for (const item of options.items) {
    const key = keyOf(item as PairNode);
    if (key) pairs.set(key, item as PairNode);
  }
  const read = <T>(key: string, convert: (v: Scalar) => T | undefined): Value<T> => {
    const found = pairs.get(key);
    const node = found?.value as YamlNode | null | undefined;
    const place = found ? pairRange(found) : undefined;
    const range = nodeRange(node);
    if (!found || !isScalar(node) || !range || !place) return unknown(range, place);
    const value = node.value;
    if (!(value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) return unknown(range, place);
    if (typeof value === 'string' && /^%[^%]+%$/.test(value)) return unknown(range, place);
    const converted = convert(value);
    return converted === undefined ? unknown(range, place) : known(converted, range, place);
  };
  const bool = (v: Scalar): boolean | undefined => (typeof v === 'boolean' ? v : typeof v === 'number' ? v !== 0 : undefined);
  const int = (v: Scalar): number | undefined => (typeof v === 'number' ? Math.trunc(v) : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);
  const text = (v: Scalar): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
  const range = nodeRange(pair.key as YamlNode) ?? { start: 0, end: 0 };
  return {
    kind: 'session-config',
    library: 'drupal',
    range,
    serverSide: true,
    cookie: {
      name: unknown(),
      httpOnly: read('cookie_httponly', bool),
      secure: read('cookie_secure', bool),
      sameSite: read('cookie_samesite', (v) => text(v)?.toLowerCase()),
      maxAge: read<number | null>('cookie_lifetime', (v) => {
        const seconds = int(v);
        return seconds === undefined ? undefined : seconds <= 0 ? null : seconds;
      }),
      domain: read('cookie_domain', text),
      path: unknown(),
    },
    session: {
      idleTimeout: read('gc_maxlifetime', int),
      sidLength: read('sid_length', int),
      sidBitsPerCharacter: read('sid_bits_per_character', int),
    },
    optionName: (key) => KEYS[key] ?? key,
    editor: replacingEditor(pairs),
  };
}

/** Replaces a value the file sets; a key it leaves out is not added (Drupal's own default applies there). */
function replacingEditor(pairs: ReadonlyMap<string, PairNode>): FactEditor {
  const ranges = new Map<string, TextRange>();
  for (const [key, pair] of pairs) {
    const range = nodeRange(pair.value as YamlNode);
    if (range && range.end > range.start) ranges.set(key, range);
  }
  return {
    setOption(key, value) {
      const configKey = KEYS[key];
      const range = configKey ? ranges.get(configKey) : undefined;
      if (!range) return undefined;
      const newText = value.type === 'boolean' ? String(value.value) : value.type === 'duration' ? String(Math.round(value.seconds)) : value.type === 'string' ? (/^[A-Za-z]+$/.test(value.value) ? value.value : `'${value.value.replace(/'/g, "''")}'`) : undefined;
      return newText === undefined ? undefined : [{ range, newText }];
    },
  };
}
