import type { Node, Tree } from 'web-tree-sitter';
import type { ProjectContext } from '../../model/project';
import type { SourceComment } from '../frontend';
import { globalFunctionName, namedChildren } from './syntax';

/** One write to a variable in a scope, as the resolver needs it. */
export type VariableWrite =
  | { readonly kind: 'assign'; readonly value: Node; readonly node: Node }
  /** `$x['key'] = value` or `$x[] = value`; `key` is undefined for `$x[]`. */
  | { readonly kind: 'element'; readonly key: Node | undefined; readonly value: Node; readonly node: Node }
  /** Anything else that changes the variable: parameters, `.=`, references, foreach, list(), global, static. */
  | { readonly kind: 'other'; readonly node: Node };

const SCOPE_TYPES = new Set(['program', 'function_definition', 'method_declaration', 'anonymous_function']);

/**
 * Every node type the adapters look for across a file: tree-sitter collects them in one traversal
 * inside WebAssembly (`descendantsOfType`), in source order, parents before children. Walking the
 * tree from JavaScript with a cursor crossed the WebAssembly boundary three times a node (0.36 s for
 * the 253 PHP files of the real corpus that pass the prefilter, against 0.14 s for this; a `Query`
 * with the same types took 0.24 s).
 */
export const INDEXED_TYPES: readonly string[] = [
  'comment',
  'function_call_expression',
  'member_call_expression',
  'nullsafe_member_call_expression',
  'scoped_call_expression',
  'assignment_expression',
  'unset_statement',
  'const_declaration',
  'function_definition',
  'method_declaration',
  'anonymous_function',
  'arrow_function',
  'class_declaration',
  'interface_declaration',
  'trait_declaration',
  'enum_declaration',
  'namespace_use_clause',
  'property_element',
  'include_expression',
  'include_once_expression',
  'require_expression',
  'require_once_expression',
];

/** PHP's four include forms (indexed: a login script's flow follows them into the files they name). */
export const INCLUDE_TYPES: ReadonlySet<string> = new Set(['include_expression', 'include_once_expression', 'require_expression', 'require_once_expression']);

/**
 * A parsed PHP file and the indexes the adapters share, built in one walk: calls of global
 * functions by name, constants, functions, comments. Variable writes are indexed lazily per scope.
 * Valid only while the tree is alive: facts must not keep nodes (the frontend deletes the tree).
 */
export class PhpFile {
  readonly root: Node;
  readonly comments: SourceComment[] = [];
  private readonly callsByName = new Map<string, Node[]>();
  /** `const X = …` and `define('X', …)`: name → value node. */
  readonly constants = new Map<string, Node>();
  /** `class C { const X = … }`: 'c::x' (lower-cased class) → value node. */
  readonly classConstants = new Map<string, Node>();
  /** Functions declared in the file, by lower-cased name. */
  readonly functions = new Map<string, Node>();
  private readonly writesByScope = new Map<number, Map<string, VariableWrite[]>>();
  /** Every node of {@link INDEXED_TYPES}, in source order (parents before children). */
  readonly indexed: readonly Node[];
  private readonly byType = new Map<string, Node[]>();
  /** Classes and traits with their methods by lower-cased name, built on first use. */
  private classes: { readonly node: Node; readonly methods: Map<string, Node[]> }[] | undefined;

  constructor(
    readonly tree: Tree,
    readonly text: string,
    readonly fileName: string,
    readonly project: ProjectContext,
  ) {
    this.root = tree.rootNode;
    this.indexed = this.root.descendantsOfType([...INDEXED_TYPES]).filter((n): n is Node => n !== null);
    for (const node of this.indexed) {
      const list = this.byType.get(node.type);
      if (list) list.push(node);
      else this.byType.set(node.type, [node]);
    }
    this.index();
  }

  /** The file's nodes of one of {@link INDEXED_TYPES}, in source order. */
  nodesOfType(type: string): readonly Node[] {
    return this.byType.get(type) ?? [];
  }

  /** The file's nodes of some of {@link INDEXED_TYPES}, in source order. */
  nodesOfTypes(types: ReadonlySet<string>): Node[] {
    return this.indexed.filter((n) => types.has(n.type));
  }

  /**
   * The indexed nodes of `types` inside `container` (not the container itself), in source order,
   * without those inside a node that `skip` says is a unit of its own (that node is not returned
   * either): what a walk of the container that does not enter nested functions would visit.
   */
  nodesWithin(container: Node, types: ReadonlySet<string>, skip: (node: Node) => boolean): Node[] {
    const found: Node[] = [];
    const end = container.endIndex;
    let skipUntil = -1;
    for (let i = this.firstIndexedAt(container.startIndex); i < this.indexed.length; i++) {
      const node = this.indexed[i]!;
      if (node.startIndex >= end) break;
      if (node.startIndex < skipUntil || node.id === container.id) continue;
      if (skip(node)) skipUntil = Math.max(skipUntil, node.endIndex);
      else if (types.has(node.type)) found.push(node);
    }
    return found;
  }

  /** The index of the first indexed node that starts at or after `offset` (binary search). */
  private firstIndexedAt(offset: number): number {
    let low = 0;
    let high = this.indexed.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.indexed[middle]!.startIndex < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * The innermost class or trait declaration around an offset, and its methods by lower-cased name
   * (a method of an anonymous class inside it counts as its own, as a walk over its descendants
   * found it). From node ranges: walking up with `parent` makes tree-sitter descend from the root
   * at every step.
   */
  classAt(offset: number): { readonly node: Node; readonly methods: ReadonlyMap<string, readonly Node[]> } | undefined {
    this.classes ??= this.indexClasses();
    let innermost: (typeof this.classes)[number] | undefined;
    for (const c of this.classes) if (c.node.startIndex <= offset && offset < c.node.endIndex && (!innermost || c.node.startIndex >= innermost.node.startIndex)) innermost = c;
    return innermost;
  }

  private indexClasses(): NonNullable<typeof this.classes> {
    const classes = [...this.nodesOfType('class_declaration'), ...this.nodesOfType('trait_declaration')].map((node) => ({ node, methods: new Map<string, Node[]>() }));
    for (const method of this.nodesOfType('method_declaration')) {
      const name = method.childForFieldName('name')?.text.toLowerCase();
      if (!name) continue;
      let owner: (typeof classes)[number] | undefined;
      for (const c of classes) if (c.node.startIndex <= method.startIndex && method.endIndex <= c.node.endIndex && (!owner || c.node.startIndex >= owner.node.startIndex)) owner = c;
      if (!owner) continue;
      const list = owner.methods.get(name);
      if (list) list.push(method);
      else owner.methods.set(name, [method]);
    }
    return classes;
  }

  /**
   * A test on the text before a search among the nodes: an adapter that looks for a name (a method,
   * a class, a facade) finds nothing in a file whose text never spells it.
   */
  mentions(pattern: RegExp): boolean {
    return pattern.test(this.text);
  }

  /** Calls of a global PHP function by lower-cased name, in source order. */
  callsTo(name: string): readonly Node[] {
    return this.callsByName.get(name) ?? [];
  }

  excerpt(node: Node, max = 60): string {
    const text = node.text.replace(/\s+/g, ' ');
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  }

  private index(): void {
    for (const node of this.indexed) this.visit(node);
    for (const define of this.callsTo('define')) {
      const args = namedChildren(define.childForFieldName('arguments') ?? define).filter((a) => a.type === 'argument');
      const nameNode = args[0] && namedChildren(args[0])[0];
      const valueNode = args[1] && namedChildren(args[1]).pop();
      if (nameNode && valueNode && (nameNode.type === 'string' || nameNode.type === 'encapsed_string')) {
        const name = nameNode.text.slice(1, -1);
        if (!this.constants.has(name)) this.constants.set(name, valueNode);
      }
    }
  }

  private visit(node: Node): void {
    switch (node.type) {
      case 'comment':
        this.comments.push({ range: { start: node.startIndex, end: node.endIndex }, text: commentText(node.text) });
        break;
      case 'function_call_expression': {
        const name = globalFunctionName(node);
        if (name) {
          const list = this.callsByName.get(name);
          if (list) list.push(node);
          else this.callsByName.set(name, [node]);
        }
        break;
      }
      case 'const_declaration':
        this.indexConstants(node);
        break;
      case 'function_definition': {
        const name = node.childForFieldName('name');
        if (name && !this.functions.has(name.text.toLowerCase())) this.functions.set(name.text.toLowerCase(), node);
        break;
      }
    }
  }

  private indexConstants(declaration: Node): void {
    const classNode = enclosingClass(declaration);
    for (const element of namedChildren(declaration)) {
      if (element.type !== 'const_element') continue;
      const [nameNode, valueNode] = namedChildren(element);
      if (!nameNode || !valueNode) continue;
      if (classNode) {
        const className = classNode.childForFieldName('name')?.text.toLowerCase();
        if (className) this.classConstants.set(`${className}::${nameNode.text.toLowerCase()}`, valueNode);
      } else if (!this.constants.has(nameNode.text)) {
        this.constants.set(nameNode.text, valueNode);
      }
    }
  }

  /** The function or file scope a node's variables belong to (arrow functions share their parent's). */
  scopeOf(node: Node): Node {
    let current = node.parent;
    while (current && !SCOPE_TYPES.has(current.type)) current = current.parent;
    return current ?? this.root;
  }

  /** Every write to `$name` in a scope, nested function scopes excluded. */
  writesTo(scope: Node, name: string): readonly VariableWrite[] {
    let writes = this.writesByScope.get(scope.id);
    if (!writes) {
      writes = collectWrites(scope);
      this.writesByScope.set(scope.id, writes);
    }
    return writes.get(name) ?? [];
  }
}

/**
 * Whether a syntax tree is more than `limit` levels deep. tree-sitter finds a node's parent by
 * descending from the root, so upward walks cost the depth squared. A subtree with fewer
 * descendants than the levels left cannot reach the limit and is not entered: a real file costs a
 * few calls for its large subtrees, a 50,000-deep one `limit` steps.
 */
export function treeDeeperThan(root: Node, limit: number): boolean {
  const stack: { node: Node; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > limit) return true;
    if (depth + node.descendantCount <= limit) continue;
    for (const child of node.children) if (child) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}

function commentText(raw: string): string {
  if (raw.startsWith('//')) return raw.slice(2);
  if (raw.startsWith('#')) return raw.slice(1);
  if (raw.startsWith('/*')) return raw.slice(2, raw.endsWith('*/') ? -2 : undefined);
  return raw;
}

function enclosingClass(node: Node): Node | undefined {
  let current = node.parent;
  while (current) {
    if (current.type === 'class_declaration' || current.type === 'interface_declaration' || current.type === 'enum_declaration' || current.type === 'trait_declaration') return current;
    if (SCOPE_TYPES.has(current.type) && current.type !== 'program') return undefined;
    current = current.parent;
  }
  return undefined;
}

function variableName(node: Node | null | undefined): string | undefined {
  if (!node || node.type !== 'variable_name') return undefined;
  return namedChildren(node)[0]?.text;
}

function add(writes: Map<string, VariableWrite[]>, name: string | undefined, write: VariableWrite): void {
  if (!name) return;
  const list = writes.get(name);
  if (list) list.push(write);
  else writes.set(name, [write]);
}

/** Walks a scope (not into nested functions, classes or closures) and records writes to variables. */
function collectWrites(scope: Node): Map<string, VariableWrite[]> {
  const writes = new Map<string, VariableWrite[]>();
  const parameters = scope.childForFieldName('parameters');
  if (parameters) for (const parameter of namedChildren(parameters)) add(writes, variableName(parameter.childForFieldName('name')), { kind: 'other', node: parameter });
  if (scope.type === 'anonymous_function') {
    for (const clause of namedChildren(scope).filter((c) => c.type === 'anonymous_function_use_clause')) {
      for (const used of namedChildren(clause)) add(writes, variableName(used), { kind: 'other', node: used });
    }
  }
  const body = scope.type === 'program' ? scope : scope.childForFieldName('body');
  const stack: Node[] = body ? [...namedChildren(body)] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (SCOPE_TYPES.has(node.type) || node.type === 'class_declaration') continue;
    recordWrite(node, writes);
    for (const child of namedChildren(node)) stack.push(child);
  }
  return writes;
}

function recordWrite(node: Node, writes: Map<string, VariableWrite[]>): void {
  switch (node.type) {
    case 'assignment_expression': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (!left || !right) return;
      if (left.type === 'variable_name') add(writes, variableName(left), { kind: 'assign', value: right, node });
      else if (left.type === 'subscript_expression') {
        const [base, key] = namedChildren(left);
        if (base?.type === 'variable_name') add(writes, variableName(base), { kind: 'element', key, value: right, node });
      } else if (left.type === 'list_literal' || left.type === 'array_creation_expression') {
        for (const target of left.descendantsOfType('variable_name')) add(writes, variableName(target), { kind: 'other', node });
      }
      return;
    }
    case 'augmented_assignment_expression':
    case 'reference_assignment_expression': {
      const left = node.childForFieldName('left');
      const base = left?.type === 'subscript_expression' ? namedChildren(left)[0] : left;
      add(writes, variableName(base), { kind: 'other', node });
      return;
    }
    case 'foreach_statement':
      for (const child of namedChildren(node).slice(1)) {
        if (child.type === 'variable_name') add(writes, variableName(child), { kind: 'other', node });
        else if (child.type === 'pair' || child.type === 'list_literal' || child.type === 'by_ref') {
          for (const target of child.descendantsOfType('variable_name')) add(writes, variableName(target), { kind: 'other', node });
        }
      }
      return;
    case 'global_declaration':
    case 'function_static_declaration':
    case 'unset_statement':
      for (const target of node.descendantsOfType('variable_name')) add(writes, variableName(target), { kind: 'other', node });
      return;
    case 'update_expression': {
      const target = namedChildren(node)[0];
      add(writes, variableName(target), { kind: 'other', node });
      return;
    }
  }
}
