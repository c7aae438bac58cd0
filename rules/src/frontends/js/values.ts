import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { FunctionNode, Node } from './ast';
import type { FileContext } from './fileContext';

/**
 * What an expression evaluates to, as far as static resolution can tell. Every value remembers
 * the file it was found in (`file`), so ranges from an imported config module stay meaningful.
 */
export type JsValue =
  | LiteralValue
  | ObjectValue
  | ArrayValue
  | { readonly kind: 'function'; readonly node: FunctionNode; readonly file: FileContext }
  | ModuleValue
  | { readonly kind: 'instance'; readonly of: JsValue; readonly args: readonly TSESTree.CallExpressionArgument[]; readonly node: Node; readonly file: FileContext }
  | { readonly kind: 'call'; readonly callee: JsValue; readonly args: readonly TSESTree.CallExpressionArgument[]; readonly node: Node; readonly file: FileContext }
  | EnvJsValue
  | { readonly kind: 'unknown'; readonly node?: Node; readonly file?: FileContext };

export type Primitive = string | number | boolean | null | undefined;

export interface LiteralValue {
  readonly kind: 'literal';
  readonly value: Primitive;
  readonly node: Node;
  readonly file: FileContext;
}

export interface ObjectEntry {
  readonly key: string;
  readonly value: JsValue;
  /** The `key: value` property as written (for option ranges and edits). */
  readonly property: TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition | undefined;
  readonly file: FileContext;
}

export interface ObjectValue {
  readonly kind: 'object';
  /** Later entries override earlier ones, as at run time. */
  readonly entries: readonly ObjectEntry[];
  /** False when a spread or computed key could not be resolved: a missing key may then be set. */
  readonly complete: boolean;
  /** The object literal that the entries were written in last (where new options go). */
  readonly node: TSESTree.ObjectExpression | undefined;
  readonly file: FileContext;
}

export interface ArrayValue {
  readonly kind: 'array';
  readonly elements: readonly JsValue[];
  readonly complete: boolean;
  readonly node: Node;
  readonly file: FileContext;
}

export interface ModuleValue {
  readonly kind: 'module';
  /** The module specifier as written: 'express-session', '@fastify/session'. */
  readonly module: string;
  /** Export path below the module: [] is the module itself (CJS export or ESM default), ['MemoryStore'] a member. */
  readonly path: readonly string[];
  readonly node: Node;
  readonly file: FileContext;
}

export interface EnvJsValue {
  readonly kind: 'env';
  /** What the value depends on, as written: `process.env.SESSION_SECRET`, `NODE_ENV === 'production'`. */
  readonly source: string;
  readonly candidates: readonly JsValue[];
  /** The literal used when the environment variable is empty: `process.env.X || 'dev-secret'`. */
  readonly fallback?: JsValue;
  readonly node: Node;
  readonly file: FileContext;
}

/**
 * The most candidates an env value keeps. Candidates multiply along chains of helpers with several
 * returns (20 returns of a helper with 20 returns…): past this, the rest is dropped — a bound on
 * what one value can cost, at the price of a missed candidate in code no person writes.
 */
export const MAX_CANDIDATES = 64;

/** The values a value may be at run time: an env value's candidates, or the value itself. */
export function candidatesOf(value: JsValue): JsValue[] {
  return value.kind === 'env' ? [...value.candidates] : [value];
}

/** Candidate lists joined: each value once (memoised values are shared objects), at most {@link MAX_CANDIDATES}. */
export function joinCandidates(...lists: readonly (readonly JsValue[])[]): JsValue[] {
  const seen = new Set<JsValue>();
  const joined: JsValue[] = [];
  for (const list of lists) {
    for (const value of list) {
      if (seen.has(value)) continue;
      if (joined.length === MAX_CANDIDATES) return joined;
      seen.add(value);
      joined.push(value);
    }
  }
  return joined;
}

/** The value of `key` in an object value (the last entry wins); undefined when not present. */
export function getEntry(object: ObjectValue, key: string): ObjectEntry | undefined {
  for (let i = object.entries.length - 1; i >= 0; i--) {
    if (object.entries[i]!.key === key) return object.entries[i];
  }
  return undefined;
}

export function isLiteral(value: JsValue, literal?: Primitive): value is LiteralValue {
  return value.kind === 'literal' && (literal === undefined || value.value === literal);
}

/** True when the value is (or may be, for env) truthy at run time; undefined when unknowable. */
export function truthiness(value: JsValue): boolean | undefined {
  switch (value.kind) {
    case 'literal':
      return Boolean(value.value);
    case 'object':
    case 'array':
    case 'function':
    case 'instance':
    case 'module':
      // An imported module is an object (or function) whenever the code runs.
      return true;
    default:
      return undefined;
  }
}
