import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { FactEditor, FixValue, OptionKey, TextEdit } from '../../../model/edit';
import type { TextRange } from '../../../model/range';
import { absent, known, unknown, type Value } from '../../../model/value';
import type { AdapterContext } from '../adapterContext';
import { isFunction, unwrap, type Node } from '../ast';
import { objectEditor, quoteString, renderValue, type OptionSyntax } from '../objectEditor';
import { asBoolean, asString, entryAt, fromJsValue, optionValue, rangeOfNode } from '../optionValues';
import type { JsValue, ObjectEntry, ObjectValue } from '../values';
import { durationSeconds, durationText, type DurationDialect } from './jwtDuration';

/** Where each neutral option lives in one library's options object. */
export type JwtOptionPaths = Partial<Record<OptionKey, readonly string[]>>;

/** Renders JWT option values: `expiresIn: '15m'`, `algorithms: ['HS256']`. */
export function jwtSyntax(paths: JwtOptionPaths): OptionSyntax {
  return {
    path: (key) => paths[key],
    render: (key, value, quote) => renderJwtValue(key, value, quote),
  };
}

export function renderJwtValue(key: OptionKey, value: FixValue, quote: string): string | undefined {
  if (key === 'expiresIn') return value.type === 'duration' ? quoteString(durationText(value.seconds), quote) : undefined;
  if (key === 'algorithms') return value.type === 'string' ? `[${quoteString(value.value, quote)}]` : undefined;
  return renderValue(value, quote, 's');
}

export function optionNameOf(paths: JwtOptionPaths): (key: OptionKey) => string {
  return (key) => (paths[key] ?? [key]).join('.');
}

/** The argument at `index` unless it is a callback (`jwt.sign(payload, key, cb)` has no options). */
export function optionsArgument(call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): TSESTree.Expression | undefined {
  const argument = call.arguments[index];
  if (!argument || argument.type === 'SpreadElement' || isFunction(unwrap(argument))) return undefined;
  return argument;
}

/**
 * Adds an options object as argument `index`: before a trailing callback (`jwt.sign(p, k, cb)` →
 * `jwt.sign(p, k, { … }, cb)`) or after the last argument.
 */
/**
 * The options argument at `index`, resolved, with a reader over it. Ranges fall back to the call
 * itself when the call has no options, which is where a missing option is reported.
 */
export function callOptions(context: AdapterContext, call: TSESTree.CallExpression, index: number) {
  const optionsNode = optionsArgument(call, index);
  const options = optionsNode ? context.resolver.resolve(optionsNode, context.file) : undefined;
  const range = rangeOfNode(call);
  const optionsRange = optionsNode ? rangeOfNode(optionsNode) : range;
  return { optionsNode, options, range, optionsRange, read: new JwtOptionReader(context, options, optionsRange) };
}

export function insertArgument(call: TSESTree.CallExpression, index: number, text: string): TextEdit[] | undefined {
  const args = call.arguments;
  if (args.length < index) return undefined;
  const next = args[index];
  if (next) return [{ range: { start: next.range[0], end: next.range[0] }, newText: `${text}, ` }];
  const last = args[args.length - 1];
  if (!last) return undefined;
  return [{ range: { start: last.range[1], end: last.range[1] }, newText: `, ${text}` }];
}

/** An editor for a JWT options object; `addArgument` adds the object when the call has none. */
export function jwtEditor(context: AdapterContext, options: JsValue | undefined, paths: JwtOptionPaths, addArgument?: (objectText: string) => TextEdit[] | undefined): FactEditor {
  return objectEditor({ file: context.file, options, syntax: jwtSyntax(paths), addOptionsArgument: addArgument });
}

/** Reads options at paths from a resolved options value (absent when there are no options at all). */
export class JwtOptionReader {
  private readonly object: ObjectValue | undefined;
  private readonly none: boolean;

  constructor(
    private readonly context: AdapterContext,
    readonly options: JsValue | undefined,
    private readonly fallbackRange: TextRange,
  ) {
    this.object = options?.kind === 'object' ? options : undefined;
    this.none = !options || (options.kind === 'literal' && (options.value === undefined || options.value === null));
  }

  /** The entry at a path, or what a missing one means: `complete` false when the options could hide it. */
  private at(path: readonly string[]): { entry: ObjectEntry | undefined; complete: boolean } {
    if (this.none) return { entry: undefined, complete: true };
    if (!this.object) return { entry: undefined, complete: false };
    return entryAt(this.object, path);
  }

  entry(path: readonly string[]): ObjectEntry | undefined {
    return this.at(path).entry;
  }

  string(path: readonly string[], fallback: string | undefined): Value<string> {
    const { entry, complete } = this.at(path);
    return optionValue(this.context.file, entry, complete, asString, fallback, this.fallbackRange);
  }

  boolean(path: readonly string[], fallback: boolean): Value<boolean> {
    const { entry, complete } = this.at(path);
    return optionValue(this.context.file, entry, complete, asBoolean, fallback, this.fallbackRange);
  }

  /** A lifetime in seconds; absent with default null (never expires) when not set. */
  duration(path: readonly string[], dialect: DurationDialect): Value<number | null> {
    const { entry, complete } = this.at(path);
    return optionValue<number | null>(this.context.file, entry, complete, (v) => durationSeconds(v, dialect), null, this.fallbackRange);
  }

  /** A list of literal strings (`algorithms: ['HS256']`); unknown when any element is not one. */
  stringList(path: readonly string[]): Value<readonly string[]> {
    const { entry, complete } = this.at(path);
    if (!entry) return complete ? absent<readonly string[]>(undefined) : unknown();
    return stringListValue(this.context, entry.value, entry.property && entry.file === this.context.file ? rangeOfNode(entry.property) : undefined, this.fallbackRange);
  }
}

export function stringListValue(context: AdapterContext, value: JsValue, optionRange: TextRange | undefined, fallbackRange: TextRange): Value<readonly string[]> {
  if (value.kind === 'literal' && value.value === undefined) return absent<readonly string[]>(undefined);
  if (value.kind !== 'array' || !value.complete) return unknown(optionRange ?? fallbackRange, optionRange);
  const list: string[] = [];
  for (const element of value.elements) {
    if (element.kind !== 'literal' || typeof element.value !== 'string') return unknown(optionRange ?? fallbackRange, optionRange);
    list.push(element.value);
  }
  const range = value.file === context.file ? rangeOfNode(value.node) : optionRange ?? fallbackRange;
  return known<readonly string[]>(list, range, optionRange, value.file === context.file ? undefined : value.file.fileName);
}

/** A duration given as a call argument (jose `setExpirationTime('2h')`). */
export function durationArgument(context: AdapterContext, node: Node, dialect: DurationDialect): Value<number | null> {
  const value = context.resolver.resolve(node, context.file);
  return fromJsValue<number | null>(context.file, value, (v) => durationSeconds(v, dialect), null, rangeOfNode(node));
}

/**
 * Whether a payload carries an `exp` claim: true/false for a resolved object, false for a string
 * payload (it cannot carry claims), undefined when it cannot be resolved.
 */
/**
 * Claims through which an app bounds a token's life itself: an expiry of its own, or a creation
 * time written on purpose (jsonwebtoken adds `iat` by itself, so an explicit `createdAt` is there to
 * be checked, as Outline's email sign-in tokens are, ten minutes after it).
 */
const CUSTOM_EXPIRY_CLAIMS = ['expiresAt', 'expires_at', 'expires', 'expiry', 'expiration', 'expiredAt', 'validUntil', 'createdAt', 'created_at', 'issuedAt'];

export function payloadHasExp(context: AdapterContext, node: Node | undefined): boolean | undefined {
  if (!node) return false;
  const value = context.resolver.resolve(node, context.file);
  if (value.kind === 'literal') return false;
  if (value.kind !== 'object') return undefined;
  const { entry, complete } = entryAt(value, ['exp']);
  if (entry) return !(entry.value.kind === 'literal' && entry.value.value === undefined);
  // An expiry claim of the app's own (`expiresAt`, checked by its own verify code): whether the
  // token expires is decided where the engine does not look.
  if (CUSTOM_EXPIRY_CLAIMS.some((claim) => entryAt(value, [claim]).entry)) return undefined;
  return complete ? false : undefined;
}
