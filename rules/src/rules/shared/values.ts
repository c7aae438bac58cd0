import type { Value } from '../../model/value';

/**
 * How an insecure value was found, which decides how a rule reports it: `known` and `absent` at the
 * rule's level, `env` one level softer. Unknown values never produce a verdict.
 */
export type Verdict<T> =
  | { readonly state: 'known'; readonly value: T }
  | { readonly state: 'absent'; readonly value: T | undefined }
  | { readonly state: 'env'; readonly value: T; readonly source: string };

/**
 * Judges a four-state value with `isInsecure`. An absent value is judged by its library default
 * (`undefined` when the library has none: the predicate decides what that means); an env value by
 * every candidate it can take and by its fallback literal.
 */
export function insecureValue<T>(value: Value<T>, isInsecure: (v: T | undefined) => boolean): Verdict<T> | undefined {
  switch (value.kind) {
    case 'known':
      return isInsecure(value.value) ? { state: 'known', value: value.value } : undefined;
    case 'absent':
      return isInsecure(value.default) ? { state: 'absent', value: value.default } : undefined;
    case 'env': {
      const candidates = value.fallback ? [...value.candidates, value.fallback.value] : value.candidates;
      const bad = candidates.find((candidate) => isInsecure(candidate));
      return bad === undefined ? undefined : { state: 'env', value: bad, source: value.source };
    }
    case 'unknown':
      return undefined;
  }
}

/** True for express-session's `secure: 'auto'` (Secure exactly when the request is HTTPS), in whichever state the frontend gives it. */
export function isAuto(value: Value<unknown>): boolean {
  if (value.kind === 'env') return value.source.replace(/['"`]/g, '').trim().toLowerCase() === 'auto';
  return value.kind === 'known' && value.value === 'auto';
}

/** True when the value is certainly `expected` (written, or the library default). */
export function certainly<T>(value: Value<T>, expected: T): boolean {
  return (value.kind === 'known' && value.value === expected) || (value.kind === 'absent' && value.default === expected);
}
