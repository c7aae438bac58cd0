import type { TextRange } from './range';

/**
 * Every value in a fact is in one of four states (DESIGN.md):
 * - `known`: a literal, or resolved to one;
 * - `absent`: not set, the library default applies (`default` says what it is);
 * - `env`: depends on the environment; `candidates` lists the values it can take where known;
 * - `unknown`: cannot be resolved. Rules stay silent on it.
 * Never collapse `absent` into `false`: a missing option is a different fact from a false one.
 */
export type Value<T> = Known<T> | Absent<T> | EnvDependent<T> | Unknown;

export interface Known<T> {
  readonly kind: 'known';
  readonly value: T;
  /** Where the value is written (the literal, or the const it was resolved from). */
  readonly range: TextRange;
  /** The range of the whole option (`key: value`) in the options object, when there is one. */
  readonly optionRange?: TextRange;
  /** Set when the value was resolved from another file (CLI resolution of relative imports). */
  readonly file?: string;
}

export interface Absent<T> {
  readonly kind: 'absent';
  /** The library's default for this option, in this library version; undefined when it has none. */
  readonly default: T | undefined;
}

export interface EnvDependent<T> {
  readonly kind: 'env';
  readonly range: TextRange;
  readonly optionRange?: TextRange;
  /** What the value depends on, for messages: `process.env.NODE_ENV === 'production'`, `'auto'`. */
  readonly source: string;
  /** Values it can take where those are known (both branches of a ternary); may be empty. */
  readonly candidates: readonly T[];
  /** A literal used when the environment gives nothing: `process.env.SECRET || 'keyboard cat'`. */
  readonly fallback?: Known<T>;
  readonly file?: string;
}

export interface Unknown {
  readonly kind: 'unknown';
  readonly range?: TextRange;
  readonly optionRange?: TextRange;
}

export function known<T>(value: T, range: TextRange, optionRange?: TextRange, file?: string): Known<T> {
  return optionRange || file ? { kind: 'known', value, range, optionRange, file } : { kind: 'known', value, range };
}

export function absent<T>(defaultValue: T | undefined): Absent<T> {
  return { kind: 'absent', default: defaultValue };
}

export function envValue<T>(
  source: string,
  range: TextRange,
  candidates: readonly T[] = [],
  extra: { optionRange?: TextRange; fallback?: Known<T>; file?: string } = {},
): EnvDependent<T> {
  return { kind: 'env', source, range, candidates, ...extra };
}

export function unknown(range?: TextRange, optionRange?: TextRange): Unknown {
  return { kind: 'unknown', range, optionRange };
}

/** The value a rule should judge for a `known` or `absent` value, or undefined for env/unknown. */
export function effective<T>(value: Value<T> | undefined): T | undefined {
  if (!value) return undefined;
  if (value.kind === 'known') return value.value;
  if (value.kind === 'absent') return value.default;
  return undefined;
}

/** Where a finding about this value should point, when the value is written somewhere. */
export function valueRange(value: Value<unknown>): TextRange | undefined {
  if (value.kind === 'absent') return undefined;
  return value.range;
}

/** Changes the payload type of a value while keeping its state and ranges. */
export function mapValue<T, U>(value: Value<T>, map: (v: T) => U): Value<U> {
  switch (value.kind) {
    case 'known':
      return { ...value, value: map(value.value) };
    case 'absent':
      return { kind: 'absent', default: value.default === undefined ? undefined : map(value.default) };
    case 'env':
      return {
        ...value,
        candidates: value.candidates.map(map),
        fallback: value.fallback ? { ...value.fallback, value: map(value.fallback.value) } : undefined,
      };
    case 'unknown':
      return value;
  }
}
