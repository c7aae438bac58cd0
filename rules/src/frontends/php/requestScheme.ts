import type { PhpValue } from './values';

/**
 * `$_SERVER` keys that say whether this request came over HTTPS: the server's own flag, the scheme,
 * the port, and the headers a TLS-terminating proxy adds.
 */
const SCHEME_KEYS = new Set([
  'HTTPS',
  'REQUEST_SCHEME',
  'SERVER_PORT',
  'HTTP_X_FORWARDED_PROTO',
  'HTTP_X_FORWARDED_SSL',
  'HTTP_X_FORWARDED_PORT',
  'HTTP_X_FORWARDED_SCHEME',
  'HTTP_FRONT_END_HTTPS',
]);

/** True for `$_SERVER['HTTPS']` and the other request-scheme keys. */
export function isSchemeKey(superglobal: string, key: PhpValue | undefined): boolean {
  return superglobal === '_SERVER' && key?.kind === 'literal' && typeof key.value === 'string' && SCHEME_KEYS.has(key.value.toUpperCase());
}

/** True when the values (operands of one expression) depend on the request's scheme and, literals aside, on nothing else. */
export function onlyScheme(values: readonly PhpValue[]): boolean {
  let scheme = false;
  for (const value of values) {
    if (value.kind === 'input' || value.kind === 'unknown' || value.kind === 'time') return false;
    if (value.kind === 'env') {
      if (!value.requestScheme) return false;
      scheme = true;
    }
  }
  return scheme;
}

/** The same value, marked as decided by the request's scheme (a condition on it, or a read of it). */
export function schemeDecided(value: PhpValue): PhpValue {
  return value.kind === 'env' ? { ...value, requestScheme: true } : value;
}
