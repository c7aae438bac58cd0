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
/** The node types {@link PhpFile} indexes in its one walk. */
const INDEXED_TYPES = new Set(['comment', 'function_call_expression', 'const_declaration', 'function_definition']);

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
  /** How deep the syntax tree goes (the root is 0). tree-sitter finds a node's parent by descending from the root, so upward walks cost the depth squared. */
  depth = 0;

  constructor(
    readonly tree: Tree,
    readonly text: string,
    readonly fileName: string,
    readonly project: ProjectContext,
  ) {
    this.root = tree.rootNode;
    this.index();
  }

  /**
   * A test on the text before a walk over the tree: an adapter that looks for a name (a method, a
   * class, a facade) finds nothing in a file whose text never spells it, and each walk crosses the
   * WebAssembly boundary for every node (a 5,000-line file: about 10 ms a walk).
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
    const cursor = this.root.walk();
    try {
      let descending = true;
      let level = 0;
      for (;;) {
        // The type alone is cheap; a node object is made (across the WebAssembly boundary) only for the few types indexed.
        if (descending && INDEXED_TYPES.has(cursor.nodeType)) this.visit(cursor.currentNode);
        if (descending && cursor.gotoFirstChild()) {
          if (++level > this.depth) this.depth = level;
          continue;
        }
        if (cursor.gotoNextSibling()) {
          descending = true;
          continue;
        }
        if (!cursor.gotoParent()) break;
        level--;
        descending = false;
      }
    } finally {
      cursor.delete();
    }
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
