import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunction, unwrap, type FunctionNode, type Node } from '../ast';
import type { FileContext } from '../fileContext';

/** The function a node runs in; a `new Promise` executor runs at once, so it counts as its outer function. */
export function enclosingFunction(file: FileContext, node: Node): FunctionNode | undefined {
  let current = file.parentOf(node);
  while (current && (!isFunction(current) || isPromiseExecutor(file, current))) current = file.parentOf(current);
  return current;
}

export function isPromiseExecutor(file: FileContext, fn: Node): boolean {
  const outer = file.parentOf(fn);
  return outer?.type === 'NewExpression' && unwrap(outer.callee).type === 'Identifier' && (unwrap(outer.callee) as TSESTree.Identifier).name === 'Promise';
}
