import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

export type Node = TSESTree.Node;
export type Expression = TSESTree.Expression;
export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** The children of a node, in source order, by visitor keys (so `parent` links are never followed). */
export function childrenOf(node: Node): Node[] {
  const keys = (visitorKeys as Record<string, readonly string[] | undefined>)[node.type];
  const children: Node[] = [];
  const record = node as unknown as Record<string, unknown>;
  const names = keys ?? Object.keys(record).filter((k) => k !== 'parent' && k !== 'range' && k !== 'loc');
  for (const key of names) {
    const child = record[key];
    if (Array.isArray(child)) {
      for (const item of child) if (isNode(item)) children.push(item);
    } else if (isNode(child)) {
      children.push(child);
    }
  }
  return children;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Visits every node once, parents before children, with an explicit stack so that 50,000-deep
 * nesting cannot overflow the call stack.
 */
export function walk(root: Node, visit: (node: Node, parent: Node | undefined) => void): void {
  const stack: [Node, Node | undefined][] = [[root, undefined]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    visit(node, parent);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, node]);
  }
}

const TRANSPARENT = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'ChainExpression', 'TSInstantiationExpression']);

/** Strips type-only wrappers (`x as T`, `x!`, `x satisfies T`, `<T>x`) and optional chains. */
export function unwrap(node: Node): Node {
  let current = node;
  while (TRANSPARENT.has(current.type)) current = (current as { expression: Node }).expression;
  return current;
}

export function isFunction(node: Node): node is FunctionNode {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}

/** The static name of an object property key or a member property: `a`, `'a'`, `['a']`. */
export function staticKey(key: Node, computed: boolean): string | undefined {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'PrivateIdentifier') return undefined;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

export function memberName(node: TSESTree.MemberExpression): string | undefined {
  return staticKey(node.property, node.computed);
}

/** `res.cookie` → ['res', 'cookie']; undefined when any part is not a plain name. */
export function dottedPath(node: Node): string[] | undefined {
  const target = unwrap(node);
  if (target.type === 'Identifier') return [target.name];
  if (target.type === 'ThisExpression') return ['this'];
  if (target.type === 'MemberExpression') {
    const object = dottedPath(target.object);
    const name = memberName(target);
    return object && name !== undefined ? [...object, name] : undefined;
  }
  return undefined;
}

/** The string value of a plain string literal or an expression-free template. */
export function stringLiteral(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const target = unwrap(node);
  if (target.type === 'Literal' && typeof target.value === 'string') return target.value;
  if (target.type === 'TemplateLiteral' && target.expressions.length === 0) return target.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}
