import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { AnalysisBudget } from '../../model/budget';
import type { ProjectContext } from '../../model/project';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import type { Node } from './ast';

/**
 * One parsed file with what every adapter needs: parent links, the calls and assignments found in
 * one walk, and the names that are ever reassigned (a `let` that is reassigned is not resolved).
 */
export class FileContext {
  readonly calls: TSESTree.CallExpression[] = [];
  readonly newExpressions: TSESTree.NewExpression[] = [];
  readonly dynamicImports: TSESTree.ImportExpression[] = [];
  readonly assignments: TSESTree.AssignmentExpression[] = [];
  readonly reassignedNames = new Set<string>();

  constructor(
    readonly program: TSESTree.Program,
    readonly text: string,
    readonly fileName: string,
    readonly project: ProjectContext,
    /** Files already being resolved, so imports that import each other cannot loop. */
    readonly importChain: readonly string[] = [],
    /** The analysis budget of the file being analysed, shared with the modules it imports. */
    readonly budget: AnalysisBudget = AnalysisBudget.forText(text),
  ) {
    forEachNode(program, (node) => {
      switch (node.type) {
        case 'CallExpression':
          this.calls.push(node);
          break;
        case 'NewExpression':
          this.newExpressions.push(node);
          break;
        case 'ImportExpression':
          this.dynamicImports.push(node);
          break;
        case 'AssignmentExpression':
          this.assignments.push(node);
          if (node.left.type === 'Identifier') this.reassignedNames.add(node.left.name);
          break;
        case 'UpdateExpression':
          if (node.argument.type === 'Identifier') this.reassignedNames.add(node.argument.name);
          break;
      }
    });
  }

  /**
   * The index in `calls` of the first call that starts at or after `position`, by binary search:
   * the walk records calls in source order (a call starts before the calls inside it).
   */
  callIndexFrom(position: number): number {
    let low = 0;
    let high = this.calls.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.calls[middle]!.range[0] < position) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The calls inside a node, in source order: adapters ask this of every route handler of a file. */
  callsWithin(node: Node): TSESTree.CallExpression[] {
    const [start, end] = node.range;
    const within: TSESTree.CallExpression[] = [];
    for (let i = this.callIndexFrom(start); i < this.calls.length && this.calls[i]!.range[0] < end; i++) if (this.calls[i]!.range[1] <= end) within.push(this.calls[i]!);
    return within;
  }

  parentOf(node: Node): Node | undefined {
    return (node as { parent?: Node }).parent;
  }

  textOf(node: Node): string {
    return this.text.slice(node.range[0], node.range[1]);
  }

  /** A short form of a node's text for messages. */
  excerpt(node: Node, max = 60): string {
    const text = this.textOf(node).replace(/\s+/g, ' ');
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  }
}

/**
 * The keys to walk per node type, without the ones that hold only types (`x: T`, `f<T>()`,
 * `implements I`) and without the insides of interfaces and type aliases: about a third of a
 * TypeScript file's nodes, none of which is a call, an assignment or anything an adapter reads.
 */
const TYPE_ONLY_KEYS = new Set(['typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeArguments', 'superTypeParameters', 'implements']);
const TYPE_DECLARATIONS = new Set(['TSInterfaceDeclaration', 'TSTypeAliasDeclaration']);
const KEYS: Record<string, readonly string[] | undefined> = Object.fromEntries(
  Object.entries(visitorKeys as Record<string, readonly string[]>).map(([type, keys]) => [type, TYPE_DECLARATIONS.has(type) ? [] : keys.filter((key) => !TYPE_ONLY_KEYS.has(key))]),
);

/** The keys of a node that can hold value nodes (an unknown node type: all but the bookkeeping ones). */
function valueKeysOf(node: Node, record: Record<string, unknown>): readonly string[] {
  return KEYS[node.type] ?? Object.keys(record).filter((k) => k !== 'parent' && k !== 'range' && k !== 'loc' && !TYPE_ONLY_KEYS.has(k));
}

/**
 * The value nodes inside `root` (itself excluded), types skipped as in the file walk, without a
 * child array per node: handler analyses walk every route handler of a file.
 */
export function valueNodesWithin(root: Node): Node[] {
  const nodes: Node[] = [];
  const stack: Node[] = [];
  pushChildren(root, stack);
  while (stack.length > 0) {
    const node = stack.pop()!;
    nodes.push(node);
    pushChildren(node, stack);
  }
  return nodes;
}

/** Children in source order (the last comes off a stack first, as the walks here have always visited them). */
function pushChildren(node: Node, stack: Node[]): void {
  const record = node as unknown as Record<string, unknown>;
  for (const key of valueKeysOf(node, record)) {
    const child = record[key];
    if (Array.isArray(child)) {
      for (const item of child) if (isNode(item)) stack.push(item);
    } else if (isNode(child)) {
      stack.push(child);
    }
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Visits every value node once (types are skipped, see KEYS), parents before children and children
 * in source order, and sets each node's `parent`, as ESLint does (a property, not a map: this walk
 * runs over every node of every parsed file), without building a child array per node. An
 * explicit stack, so deep nesting cannot overflow.
 */
function forEachNode(root: Node, visit: (node: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    const record = node as unknown as Record<string, unknown>;
    const keys = valueKeysOf(node, record);
    // Pushed last child first, so that children come off the stack in source order.
    for (let k = keys.length - 1; k >= 0; k--) {
      const child = record[keys[k]!];
      if (Array.isArray(child)) {
        for (let j = child.length - 1; j >= 0; j--) {
          const item: unknown = child[j];
          if (isNode(item)) {
            (item as { parent?: Node }).parent = node;
            stack.push(item);
          }
        }
      } else if (isNode(child)) {
        (child as { parent?: Node }).parent = node;
        stack.push(child);
      }
    }
  }
}
