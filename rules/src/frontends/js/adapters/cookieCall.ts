import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { FactEditor, OptionKey, TextEdit } from '../../../model/edit';
import type { CookieWriteFact, LibraryId } from '../../../model/facts';
import type { TextRange } from '../../../model/range';
import { known, unknown, type Value } from '../../../model/value';
import { unwrap, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import type { FileContext } from '../fileContext';
import { objectEditor, quoteString, renderValue, type OptionSyntax } from '../objectEditor';
import { asString, entryAt, fromJsValue, rangeOfNode } from '../optionValues';
import { isGlobal } from '../scope';
import type { JsValue, ObjectValue } from '../values';
import { readCookieAttributes, type CookieDefaults } from './cookieOptions';

/**
 * One cookie-writing call shaped `write(name, value, options?)`: Express `res.cookie`, the `cookie`
 * package's `serialize`, the `cookies` package's `set`. What differs between them is data.
 */
export interface CookieCallSpec {
  readonly library: LibraryId;
  readonly defaults: CookieDefaults;
  /** The unit of the `maxAge` option: ms for Express and `cookies`, seconds for `cookie.serialize`. */
  readonly maxAgeUnit: 'ms' | 's';
  /** Index of the options argument. */
  readonly optionsIndex: number;
  /** The call deletes the cookie whatever the options say (`res.clearCookie`). */
  readonly clears?: boolean;
  /** `maxAge: 0` (or less) deletes the cookie; false where 0 means "no maxAge" (`cookies`). */
  readonly zeroMaxAgeClears: boolean;
  /** Leaving out the value deletes the cookie (`cookies.set(name)`). */
  readonly missingValueClears?: boolean;
}

const ATTRIBUTE_KEYS: ReadonlySet<OptionKey> = new Set(['httpOnly', 'secure', 'sameSite', 'maxAge', 'domain', 'path']);

const optionName = (key: OptionKey): string => key;

export function cookieCallFact(context: AdapterContext, call: TSESTree.CallExpression, spec: CookieCallSpec): CookieWriteFact {
  const file = context.file;
  const range = rangeOfNode(call);
  const args = call.arguments;
  const hasSpreadArgument = args.some((a) => a.type === 'SpreadElement');
  const nameNode = args[0];
  const nameValue = nameNode && !hasSpreadArgument ? context.resolver.resolve(nameNode, file) : undefined;
  const name: Value<string> = nameValue && nameNode ? fromJsValue(file, nameValue, asString, undefined, rangeOfNode(nameNode)) : unknown();
  const optionsNode = args[spec.optionsIndex];
  const options: JsValue | undefined = hasSpreadArgument ? { kind: 'unknown' } : optionsNode ? context.resolver.resolve(optionsNode, file) : undefined;
  const optionsRange = optionsNode ? rangeOfNode(optionsNode) : range;
  let cookie = readCookieAttributes(file, options, [], spec.defaults, optionsRange, spec.maxAgeUnit, name);
  let clearing = spec.clears === true;
  if (options?.kind === 'object') {
    const expires = expiresEffect(context, options, optionsRange);
    clearing ||= expires.clearing;
    if (expires.maxAge && cookie.maxAge.kind === 'absent') cookie = { ...cookie, maxAge: expires.maxAge };
  }
  const maxAge = cookie.maxAge;
  if (spec.zeroMaxAgeClears && maxAge.kind === 'known' && maxAge.value !== null && maxAge.value <= 0) clearing = true;
  if (!hasSpreadArgument) {
    const value = args[1] ? context.resolver.resolve(args[1], file) : undefined;
    if (spec.missingValueClears && (!value || (value.kind === 'literal' && (value.value === undefined || value.value === null)))) clearing = true;
    // An empty value overwrites the cookie with nothing (the logout idiom `res.cookie('token', '')`): nothing left to protect.
    if (value?.kind === 'literal' && value.value === '') clearing = true;
  }
  return {
    kind: 'cookie-write',
    library: spec.library,
    range,
    optionsRange,
    cookie,
    clearing,
    optionName,
    editor: hasSpreadArgument ? undefined : cookieCallEditor(context, call, spec, options, nameValue),
  };
}

/**
 * What an `expires: new Date(…)` option means when there is no maxAge: a date in the past deletes
 * the cookie, `new Date(Date.now() + ms)` is a lifetime, anything else is unknown.
 */
export function expiresEffect(context: AdapterContext, options: ObjectValue, fallback: TextRange): { clearing: boolean; maxAge?: Value<number | null> } {
  const { entry } = entryAt(options, ['expires']);
  if (!entry) return { clearing: false };
  const value = entry.value;
  const range = entry.property && entry.file === context.file ? rangeOfNode(entry.property) : fallback;
  if (value.kind === 'literal' && (value.value === undefined || value.value === null)) return { clearing: false };
  // `new Date()` and `new Date(Date.now())` are this instant: the cookie expires as it is set, a deletion.
  if (value.kind === 'instance' && isDateOfNow(value.node, value.file)) return { clearing: true };
  const date = value.kind === 'instance' ? dateArgument(value.node, value.file) : undefined;
  if (!date || value.kind !== 'instance') return { clearing: false, maxAge: unknown(range, range) };
  const argument = unwrap(date);
  // `new Date(Date.now() - n)`: nobody subtracts a negative amount, so this is a date in the past.
  if (argument.type === 'BinaryExpression' && argument.operator === '-' && isDateNow(argument.left)) return { clearing: true };
  if (argument.type === 'BinaryExpression' && argument.operator === '+') {
    const offset = isDateNow(argument.left) ? argument.right : isDateNow(argument.right) ? argument.left : undefined;
    const ms = offset ? context.resolver.resolve(offset, value.file) : undefined;
    if (ms?.kind === 'literal' && typeof ms.value === 'number') {
      return ms.value <= 0 ? { clearing: true } : { clearing: false, maxAge: known(ms.value / 1000, rangeOfNode(argument), range) };
    }
    return { clearing: false, maxAge: unknown(range, range) };
  }
  const resolved = context.resolver.resolve(argument, value.file);
  const time = resolved.kind === 'literal' ? (typeof resolved.value === 'number' ? resolved.value : typeof resolved.value === 'string' ? Date.parse(resolved.value) : NaN) : NaN;
  if (Number.isNaN(time)) return { clearing: false, maxAge: unknown(range, range) };
  if (time <= Date.now()) return { clearing: true };
  return { clearing: false, maxAge: known(Math.round((time - Date.now()) / 1000), rangeOfNode(argument), range) };
}

/** The argument of `new Date(arg)` with the global Date; undefined for anything else. */
function dateArgument(node: Node, file: FileContext): Node | undefined {
  if (node.type !== 'NewExpression' || node.arguments.length !== 1) return undefined;
  const callee = unwrap(node.callee);
  if (callee.type !== 'Identifier' || callee.name !== 'Date' || !isGlobal(file, 'Date', node)) return undefined;
  const argument = node.arguments[0]!;
  return argument.type === 'SpreadElement' ? undefined : argument;
}

/** `new Date()` or `new Date(Date.now())` with the global Date. */
function isDateOfNow(node: Node, file: FileContext): boolean {
  if (node.type !== 'NewExpression') return false;
  const callee = unwrap(node.callee);
  if (callee.type !== 'Identifier' || callee.name !== 'Date' || !isGlobal(file, 'Date', node)) return false;
  return node.arguments.length === 0 || (node.arguments.length === 1 && isDateNow(node.arguments[0]!));
}

function isDateNow(node: Node): boolean {
  const target = unwrap(node);
  if (target.type !== 'CallExpression' || target.arguments.length > 0) return false;
  const callee = unwrap(target.callee);
  return callee.type === 'MemberExpression' && unwrap(callee.object).type === 'Identifier' && (unwrap(callee.object) as TSESTree.Identifier).name === 'Date' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === 'now';
}

/**
 * Edits the options argument (adding one when the call has none) and the cookie's name when it is
 * a string literal in this file.
 */
function cookieCallEditor(context: AdapterContext, call: TSESTree.CallExpression, spec: CookieCallSpec, options: JsValue | undefined, nameValue: JsValue | undefined): FactEditor {
  const syntax: OptionSyntax = {
    path: (key) => (ATTRIBUTE_KEYS.has(key) ? [key] : undefined),
    render: (_key, value, quote) => renderValue(value, quote, spec.maxAgeUnit),
  };
  const addOptionsArgument = (objectText: string): TextEdit[] | undefined => {
    if (call.arguments.length !== spec.optionsIndex) return undefined;
    const last = call.arguments[call.arguments.length - 1];
    if (!last) return undefined;
    return [{ range: { start: last.range[1], end: last.range[1] }, newText: `, ${objectText}` }];
  };
  const optionsEditor = objectEditor({ file: context.file, options, syntax, addOptionsArgument });
  return {
    setOption(key, value) {
      if (key !== 'name') return optionsEditor.setOption(key, value);
      if (value.type !== 'string' || nameValue?.kind !== 'literal' || nameValue.file !== context.file || nameValue.node.type !== 'Literal') return undefined;
      const quote = context.file.text[nameValue.node.range[0]] === '"' ? '"' : "'";
      return [{ range: rangeOfNode(nameValue.node), newText: quoteString(value.value, quote) }];
    },
    removeOption: (key) => optionsEditor.removeOption?.(key),
  };
}
