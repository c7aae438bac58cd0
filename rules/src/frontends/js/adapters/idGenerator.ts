import { childrenOf, dottedPath, isFunction, unwrap, type FunctionNode, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import type { FileContext } from '../fileContext';
import { lookup } from '../scope';

/**
 * The weak randomness sources a session id generator uses. Looks through the generator's body and
 * one level into local helper functions it calls; ids built from these are guessable.
 */
export function idGeneratorWeaknesses(context: AdapterContext, fn: FunctionNode, file: FileContext): string[] {
  const found = new Set<string>();
  const visited = new Set<Node>();
  const visit = (root: Node, depth: number): void => {
    if (visited.has(root)) return;
    visited.add(root);
    const stack: Node[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'MemberExpression') {
        const path = dottedPath(node)?.join('.');
        if (path === 'Math.random') found.add('Math.random');
        if (path === 'Date.now' || path === 'performance.now' || path === 'process.hrtime') found.add(path);
      }
      if (node.type === 'NewExpression' && unwrap(node.callee).type === 'Identifier' && (unwrap(node.callee) as { name: string }).name === 'Date') found.add('new Date()');
      if (node.type === 'UpdateExpression' || (node.type === 'AssignmentExpression' && node.operator === '+=')) {
        const target = node.type === 'UpdateExpression' ? node.argument : node.left;
        if (target.type === 'Identifier' && !declaredInside(file, target.name, target, root)) found.add('a counter');
      }
      if (node.type === 'CallExpression') {
        const callee = context.resolver.resolve(node.callee, file);
        if (callee.kind === 'module' && callee.module === 'uuid' && (callee.path[0] === 'v1' || callee.path[0] === 'v6')) found.add(`uuid.${callee.path[0]}`);
        if (callee.kind === 'module' && (callee.module === 'shortid' || callee.module === 'uniqid')) found.add(callee.module);
        if (callee.kind === 'function' && depth < 2) visit(callee.node, depth + 1);
      }
      if (node !== root && isFunction(node) && depth >= 2) continue;
      stack.push(...childrenOf(node));
    }
  };
  visit(fn, 0);
  return [...found].sort();
}

/** True when `name` is declared inside `root` (a local loop counter is not a shared counter). */
function declaredInside(file: FileContext, name: string, at: Node, root: Node): boolean {
  const binding = lookup(file, name, at);
  if (binding?.kind === 'other') return loopVariableInside(file, name, at, root);
  if (!binding || binding.kind === 'import') return false;
  const node = binding.kind === 'variable' ? binding.declaration : binding.kind === 'param' ? binding.fn : binding.node;
  return node.range[0] >= root.range[0] && node.range[1] <= root.range[1];
}

/** True when `name` is declared by a `for (let i …)` / `for (const x of …)` head between `at` and `root`. */
function loopVariableInside(file: FileContext, name: string, at: Node, root: Node): boolean {
  for (let current: Node | undefined = at; current && current !== root; current = file.parentOf(current)) {
    const head = current.type === 'ForStatement' ? current.init : current.type === 'ForOfStatement' || current.type === 'ForInStatement' ? current.left : undefined;
    if (head?.type === 'VariableDeclaration' && head.declarations.some((d) => d.id.type === 'Identifier' && d.id.name === name)) return true;
  }
  return false;
}
