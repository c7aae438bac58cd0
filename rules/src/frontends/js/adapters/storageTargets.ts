import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TokenStorageFact } from '../../../model/tokenFacts';
import { memberName, staticKey, unwrap, type FunctionNode, type Node } from '../ast';
import type { FileContext } from '../fileContext';
import { isGlobal, lookup } from '../scope';

/** Which Web Storage an expression is, and the small storage helpers that write to one for their caller. */

export type StorageName = TokenStorageFact['storage'];

const STORAGES = new Set<string>(['localStorage', 'sessionStorage']);
/** Globals that carry the storages as properties: `window.localStorage`. */
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self']);

/**
 * Which storage an expression is: `localStorage`, `window.sessionStorage`, or a const alias of one.
 * Where a condition picks one of the two (`remember ? localStorage : sessionStorage`), the
 * persistent one is named: it is the worse place, and the one some calls reach.
 */
export function storageOf(file: FileContext, node: Node, depth = 0): StorageName | undefined {
  if (depth > 4) return undefined;
  const target = unwrap(node);
  if (target.type === 'Identifier') {
    if (STORAGES.has(target.name) && isGlobal(file, target.name, target)) return target.name as StorageName;
    const binding = lookup(file, target.name, target);
    if (binding?.kind === 'variable' && binding.path.length === 0 && binding.init && !file.reassignedNames.has(target.name)) return storageOf(file, binding.init, depth + 1);
    return undefined;
  }
  if (target.type === 'MemberExpression') {
    const name = staticKey(target.property, target.computed);
    const object = unwrap(target.object);
    if (name && STORAGES.has(name) && object.type === 'Identifier' && GLOBAL_OBJECTS.has(object.name) && isGlobal(file, object.name, object)) return name as StorageName;
    return undefined;
  }
  if (target.type === 'ConditionalExpression' || target.type === 'LogicalExpression') {
    const [first, second] = target.type === 'ConditionalExpression' ? [target.consequent, target.alternate] : [target.right, target.left];
    const one = storageOf(file, first, depth + 1);
    const other = storageOf(file, second, depth + 1);
    return one === 'localStorage' || other === 'localStorage' ? 'localStorage' : (one ?? other);
  }
  return undefined;
}

/** A helper that stores its argument under the key its caller gives: which storage, and which arguments are the key and the value. */
export interface StorageHelper {
  readonly storage: StorageName;
  readonly keyIndex: number;
  readonly valueIndex: number;
}

/**
 * A function that writes `storage.setItem(key, value)` with two of its own parameters, the value
 * perhaps through `JSON.stringify`: umami's `setItem(key, data, session?)` in `lib/storage.ts`,
 * The Lounge's `storage.set(key, value)` wrapper around localStorage (it catches quota errors).
 * The caller's key and value then say what is stored, as they would in a direct write.
 */
export function storageHelperOf(fn: FunctionNode, file: FileContext): StorageHelper | undefined {
  if (fn.params.length < 2 || !fn.body) return undefined;
  for (const call of file.callsWithin(fn.body)) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression' || memberName(callee) !== 'setItem') continue;
    const [key, value] = call.arguments;
    if (!key || !value) continue;
    const keyIndex = parameterIndex(file, fn, key);
    const valueIndex = parameterIndex(file, fn, stringified(value));
    if (keyIndex === undefined || valueIndex === undefined) continue;
    const storage = storageOf(file, callee.object);
    if (storage) return { storage, keyIndex, valueIndex };
  }
  return undefined;
}

/** `JSON.stringify(data)` stores `data`. */
function stringified(node: Node): Node {
  const target = unwrap(node);
  if (target.type !== 'CallExpression' || target.arguments.length !== 1) return target;
  const callee = unwrap(target.callee);
  const isStringify = callee.type === 'MemberExpression' && memberName(callee) === 'stringify' && unwrap(callee.object).type === 'Identifier' && (unwrap(callee.object) as TSESTree.Identifier).name === 'JSON';
  return isStringify ? target.arguments[0]! : target;
}

/** The position of `fn`'s own parameter that `node` names, as a whole (not destructured). */
function parameterIndex(file: FileContext, fn: FunctionNode, node: Node): number | undefined {
  const target = unwrap(node);
  if (target.type !== 'Identifier') return undefined;
  const binding = lookup(file, target.name, target);
  return binding?.kind === 'param' && binding.fn === fn && binding.path.length === 0 ? binding.index : undefined;
}
