import type { Node } from 'web-tree-sitter';

/** What a PHP expression evaluates to, as far as static resolution can tell. */
export type PhpValue = PhpLiteral | PhpArray | PhpEnv | PhpInput | PhpTime | PhpUnknown;

export type PhpScalar = string | number | boolean | null;

export interface PhpLiteral {
  readonly kind: 'literal';
  readonly value: PhpScalar;
  /** Where the literal is written (after following variables and constants). */
  readonly node: Node;
}

export interface PhpArrayEntry {
  readonly key: string | number;
  readonly value: PhpValue;
  /** The value expression as written in the array (or the right side of `$a['k'] = …`). */
  readonly valueNode: Node;
  /** The `'k' => v` element, or the `$a['k'] = v` assignment. */
  readonly element: Node;
}

export interface PhpArray {
  readonly kind: 'array';
  /** Later entries override earlier ones. */
  readonly entries: readonly PhpArrayEntry[];
  /** False when an unpacked part or a key could not be resolved: a missing key may then be set. */
  readonly complete: boolean;
  /** The array literal where new entries go; undefined when the array was assembled (array_merge). */
  readonly node: Node | undefined;
}

/** Depends on the environment: getenv(), $_ENV, $_SERVER, Laravel env(), or a condition on one. */
export interface PhpEnv {
  readonly kind: 'env';
  readonly source: string;
  readonly candidates: readonly PhpValue[];
  /** What is used when the environment gives nothing: `env('X', true)`, `getenv('X') ?: 'a'`. */
  readonly fallback?: PhpValue;
  /**
   * Decided by the request alone: `isset($_SERVER['HTTPS'])`, `$_SERVER['SERVER_PORT'] == 443`.
   * As a cookie's Secure flag that is what express-session's 'auto' does (Secure on every HTTPS
   * request), not a deployment switch.
   */
  readonly requestScheme?: true;
  readonly node: Node;
}

/** Controlled by the client: $_GET, $_POST, $_REQUEST, $_COOKIE. */
export interface PhpInput {
  readonly kind: 'input';
  readonly source: string;
  readonly node: Node;
}

/**
 * `time() + offset`: a moment relative to now, in seconds (setcookie's expires). `'past'` is
 * `time() - $amount` with the amount not resolved (`time() - YEAR_IN_SECONDS`, a constant defined in
 * another file): only its direction is known, and that is the cookie-deletion idiom.
 */
export interface PhpTime {
  readonly kind: 'time';
  readonly offset: number | 'past';
  readonly node: Node;
}

export interface PhpUnknown {
  readonly kind: 'unknown';
  readonly node?: Node;
}

/** The entry for `key` (the last one wins); PHP casts numeric-string keys to integers. */
/** Arrays at least this long are looked up through an index (built once; an array value never changes). */
const INDEXED_LENGTH = 32;
const indexes = new WeakMap<PhpArray, Map<string | number, PhpArrayEntry>>();

export function arrayEntry(array: PhpArray, key: string): PhpArrayEntry | undefined {
  const wanted = normalizeKey(key);
  if (array.entries.length >= INDEXED_LENGTH) {
    let index = indexes.get(array);
    if (!index) {
      // The last entry of a key wins, as in PHP.
      index = new Map(array.entries.map((entry) => [entry.key, entry]));
      indexes.set(array, index);
    }
    return index.get(wanted);
  }
  for (let i = array.entries.length - 1; i >= 0; i--) {
    if (array.entries[i]!.key === wanted) return array.entries[i];
  }
  return undefined;
}

export function normalizeKey(key: PhpScalar): string | number {
  if (typeof key === 'number') return Math.trunc(key);
  if (typeof key === 'boolean') return key ? 1 : 0;
  if (key === null) return '';
  return /^(0|-?[1-9]\d*)$/.test(key) ? Number(key) : key;
}

/** PHP's truthiness of a scalar. */
export function truthy(value: PhpScalar): boolean {
  if (typeof value === 'string') return value !== '' && value !== '0';
  return Boolean(value);
}
