import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunction, staticKey, type FunctionNode, type Node } from './ast';
import type { FileContext } from './fileContext';

/** One step into a destructuring pattern: a property name or an array index. */
export type PatternStep = { readonly key: string } | { readonly index: number } | { readonly rest: true };

export type Binding =
  | { readonly kind: 'variable'; readonly id: TSESTree.Identifier; readonly declaration: TSESTree.VariableDeclaration; readonly init: TSESTree.Expression | null; readonly path: readonly PatternStep[] }
  | { readonly kind: 'function'; readonly node: TSESTree.FunctionDeclaration }
  | { readonly kind: 'class'; readonly node: TSESTree.ClassDeclaration }
  | { readonly kind: 'import'; readonly source: string; readonly imported: string; readonly node: TSESTree.ImportClause }
  | { readonly kind: 'param'; readonly fn: FunctionNode; readonly index: number; readonly path: readonly PatternStep[]; readonly id: TSESTree.Identifier }
  | { readonly kind: 'other' };

/** Finds `name` inside a binding pattern, with the path that leads to it. */
function findInPattern(pattern: Node, name: string, path: PatternStep[] = []): { id: TSESTree.Identifier; path: PatternStep[] } | undefined {
  switch (pattern.type) {
    case 'Identifier':
      return pattern.name === name ? { id: pattern, path } : undefined;
    case 'AssignmentPattern':
      return findInPattern(pattern.left, name, path);
    case 'RestElement':
      return findInPattern(pattern.argument, name, [...path, { rest: true }]);
    case 'ArrayPattern':
      for (let i = 0; i < pattern.elements.length; i++) {
        const element = pattern.elements[i];
        const found = element && findInPattern(element, name, [...path, { index: i }]);
        if (found) return found;
      }
      return undefined;
    case 'ObjectPattern':
      for (const property of pattern.properties) {
        if (property.type === 'RestElement') {
          const found = findInPattern(property.argument, name, [...path, { rest: true }]);
          if (found) return found;
          continue;
        }
        const key = staticKey(property.key, property.computed);
        const found = findInPattern(property.value, name, [...path, key === undefined ? { rest: true } : { key }]);
        if (found) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}

function declarationIn(statement: Node, name: string): Binding | undefined {
  let target: Node = statement;
  if ((target.type === 'ExportNamedDeclaration' || target.type === 'ExportDefaultDeclaration') && target.declaration) target = target.declaration;
  switch (target.type) {
    case 'VariableDeclaration':
      for (const declarator of target.declarations) {
        const found = findInPattern(declarator.id, name);
        if (found) return { kind: 'variable', id: found.id, declaration: target, init: declarator.init, path: found.path };
      }
      return undefined;
    case 'FunctionDeclaration':
      return target.id?.name === name ? { kind: 'function', node: target } : undefined;
    case 'ClassDeclaration':
      return target.id?.name === name ? { kind: 'class', node: target } : undefined;
    case 'ImportDeclaration':
      for (const specifier of target.specifiers) {
        if (specifier.local.name !== name) continue;
        const imported =
          specifier.type === 'ImportDefaultSpecifier' ? 'default' : specifier.type === 'ImportNamespaceSpecifier' ? '*' : staticKey(specifier.imported, false) ?? '?';
        return { kind: 'import', source: String(target.source.value), imported, node: specifier };
      }
      return undefined;
    case 'TSImportEqualsDeclaration':
      if (target.id.name === name && target.moduleReference.type === 'TSExternalModuleReference' && target.moduleReference.expression.type === 'Literal') {
        return { kind: 'import', source: String(target.moduleReference.expression.value), imported: '*', node: target as unknown as TSESTree.ImportClause };
      }
      return undefined;
    default:
      return undefined;
  }
}

function statementsOf(node: Node): readonly Node[] | undefined {
  switch (node.type) {
    case 'Program':
    case 'BlockStatement':
    case 'StaticBlock':
    case 'TSModuleBlock':
      return node.body;
    case 'SwitchCase':
      return node.consequent;
    default:
      return undefined;
  }
}

/** Every name a pattern binds: a superset of what {@link findInPattern} can find in it. */
function patternNames(pattern: Node, names: string[]): void {
  switch (pattern.type) {
    case 'Identifier':
      names.push(pattern.name);
      return;
    case 'AssignmentPattern':
      patternNames(pattern.left, names);
      return;
    case 'RestElement':
      patternNames(pattern.argument, names);
      return;
    case 'ArrayPattern':
      for (const element of pattern.elements) if (element) patternNames(element, names);
      return;
    case 'ObjectPattern':
      for (const property of pattern.properties) patternNames(property.type === 'RestElement' ? property.argument : property.value, names);
      return;
    default:
      return;
  }
}

/** The names a statement may declare: a superset of the names {@link declarationIn} finds a binding for. */
function namesDeclaredBy(statement: Node): string[] {
  let target: Node = statement;
  if ((target.type === 'ExportNamedDeclaration' || target.type === 'ExportDefaultDeclaration') && target.declaration) target = target.declaration;
  const names: string[] = [];
  switch (target.type) {
    case 'VariableDeclaration':
      for (const declarator of target.declarations) patternNames(declarator.id, names);
      break;
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
      if (target.id) names.push(target.id.name);
      break;
    case 'ImportDeclaration':
      for (const specifier of target.specifiers) names.push(specifier.local.name);
      break;
    case 'TSImportEqualsDeclaration':
      names.push(target.id.name);
      break;
  }
  return names;
}

/** Blocks with fewer statements are searched directly: building an index would cost more than it saves. */
const NO_CANDIDATES: readonly number[] = [];
const INDEXED_BLOCK_SIZE = 8;

/**
 * Per block: each declared name → the indexes of the statements that may declare it, in order.
 * Built on the first lookup in the block, so a name costs one map lookup per enclosing block instead
 * of a scan of every statement (a 4,000-line routes file asks thousands of times).
 */
const declarationIndexes = new WeakMap<readonly Node[], ReadonlyMap<string, readonly number[]>>();

function declarationIndex(statements: readonly Node[]): ReadonlyMap<string, readonly number[]> {
  let index = declarationIndexes.get(statements);
  if (!index) {
    const built = new Map<string, number[]>();
    statements.forEach((statement, i) => {
      for (const name of namesDeclaredBy(statement)) {
        const positions = built.get(name);
        if (!positions) built.set(name, [i]);
        else if (positions[positions.length - 1] !== i) positions.push(i);
      }
    });
    index = built;
    declarationIndexes.set(statements, index);
  }
  return index;
}

/**
 * The binding of `name` a use at offset `at` sees among a block's statements. A name declared once
 * (valid code) has one answer. Declared again (a pasted snippet, a half-edited file: not a valid
 * module, but still worth analysing; or `var` declared twice, which is valid), the use sees the last
 * declaration that ends before it; a use before every declaration (a function body that runs later,
 * a hoisted `var`) sees the first.
 */
function declarationInBlock(statements: readonly Node[], name: string, at: number): Binding | undefined {
  // A name the index does not hold is declared by no statement of the block (the index is a superset):
  // no scan. Scanning instead made every lookup of an undeclared global (`require`, `User`, `bcrypt`)
  // read every statement of the file — quadratic in a file of thousands of routes.
  const candidates = statements.length < INDEXED_BLOCK_SIZE ? undefined : declarationIndex(statements).get(name) ?? NO_CANDIDATES;
  let first: Binding | undefined;
  let before: Binding | undefined;
  const consider = (statement: Node): boolean => {
    const found = declarationIn(statement, name);
    if (!found) return false;
    first ??= found;
    if (statement.range[1] <= at) before = found;
    // Statements are in source order: past the use, no later declaration can come before it.
    return statement.range[0] >= at;
  };
  // The index only narrows the candidates; declarationIn still decides, so the answer is the scan's.
  if (candidates) {
    for (const i of candidates) if (consider(statements[i]!)) break;
  } else {
    for (const statement of statements) if (consider(statement)) break;
  }
  return before ?? first;
}

/**
 * The declaration `name` refers to at `from`, searching enclosing scopes outwards. Lightweight by
 * design: the few names adapters ask about are looked up lazily instead of building a full scope
 * graph for every file, which keeps analysis close to parse time.
 */
export function lookup(file: FileContext, name: string, from: Node): Binding | undefined {
  let current: Node | undefined = from;
  while (current) {
    const statements = statementsOf(current);
    if (statements) {
      const found = declarationInBlock(statements, name, from.range[0]);
      if (found) return found;
    }
    if (isFunction(current)) {
      for (let i = 0; i < current.params.length; i++) {
        const param = current.params[i]!;
        const found = findInPattern(param.type === 'TSParameterProperty' ? param.parameter : param, name);
        if (found) return { kind: 'param', fn: current, index: i, path: found.path, id: found.id };
      }
      if (current.type === 'FunctionExpression' && current.id?.name === name) return { kind: 'other' };
    }
    if ((current.type === 'ForStatement' && current.init?.type === 'VariableDeclaration') || ((current.type === 'ForOfStatement' || current.type === 'ForInStatement') && current.left.type === 'VariableDeclaration')) {
      const declaration = current.type === 'ForStatement' ? current.init : current.left;
      if (declaration && declarationIn(declaration, name)) return { kind: 'other' };
    }
    if (current.type === 'CatchClause' && current.param && findInPattern(current.param, name)) return { kind: 'other' };
    if (current.type === 'ClassExpression' && current.id?.name === name) return { kind: 'other' };
    current = file.parentOf(current);
  }
  return undefined;
}

/** True when `name` at `from` is the global (not declared anywhere in scope). */
export function isGlobal(file: FileContext, name: string, from: Node): boolean {
  return lookup(file, name, from) === undefined;
}
