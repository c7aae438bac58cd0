import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { childrenOf, isFunction, memberName, staticKey, unwrap, type FunctionNode, type Node } from './ast';
import { CutMemo } from '../../model/cutMemo';
import { FileContext } from './fileContext';
import { parseModule } from './moduleCache';
import { withMemberAssignments } from './mutations';
import { implicitGlobalValue } from './implicitGlobals';
import { isGlobal, lookup, type Binding, type PatternStep } from './scope';
import { candidatesOf, getEntry, joinCandidates, truthiness, type EnvJsValue, type JsValue, type ObjectEntry, type ObjectValue } from './values';

/** Resolution gives up beyond this depth: deep enough for real configs, bounded for hostile input. */
const MAX_DEPTH = 24;

/** A memoised value, with the file it was resolved in (one AST can be read through two importers). */
interface Resolved {
  readonly value: JsValue;
  readonly file: FileContext;
}

const unknownAt = (node: Node | undefined, file: FileContext): JsValue => ({ kind: 'unknown', node, file });

function env(file: FileContext, node: Node, source: string, given: readonly JsValue[] = [], fallback?: JsValue): EnvJsValue {
  const candidates = joinCandidates(given);
  return fallback ? { kind: 'env', source, candidates, fallback, node, file } : { kind: 'env', source, candidates, node, file };
}

function sameLiteral(a: JsValue, b: JsValue): boolean {
  return a.kind === 'literal' && b.kind === 'literal' && a.value === b.value;
}

/**
 * Resolves expressions to values through consts, destructuring, object spreads, `Object.assign`,
 * ternaries, logical fallbacks, template literals, helper functions that return an options object,
 * `require`/`import` bindings and (when the face can read files) relative modules.
 */
export class Resolver {
  private readonly moduleFiles = new Map<string, FileContext | null>();
  /** How many times a depth limit, a cycle or the budget cut an evaluation short: a value computed while it grew is not final. */
  private readonly cuts = { count: 0 };
  private readonly memo = new CutMemo<Node, Resolved>(this.cuts);
  private readonly bindingMemo = new CutMemo<Node, Resolved>(this.cuts);

  /**
   * @param followImports false: relative imports resolve to unknown, for questions only this file
   *   can answer (is this a helper defined here?), which must not parse the modules it imports.
   */
  constructor(
    private readonly root: FileContext,
    private readonly followImports = true,
  ) {}

  /**
   * The value of an expression. Memoised per node: without it, helpers that return calls to helpers
   * with several returns each re-evaluate their callees once per path, exponential in the chain
   * (one 682-line file took 18 minutes). A value the depth limit or a cycle cut short is reused only
   * where less depth remains (it could not be better there); a final value is reused everywhere.
   */
  resolve(node: Node, file: FileContext = this.root, depth = 0): JsValue {
    const memo = this.memo.reuse(node, depth);
    if (memo && memo.file === file) return memo.value;
    if (depth > MAX_DEPTH || this.memo.isActive(node) || !this.root.budget.spend('value resolution')) {
      this.cuts.count++;
      return unknownAt(node, file);
    }
    return this.memo.compute(node, depth, () => ({ value: this.evaluate(unwrap(node), file, depth + 1), file })).value;
  }

  private evaluate(node: Node, file: FileContext, depth: number): JsValue {
    switch (node.type) {
      case 'Literal':
        if (node.value instanceof RegExp || typeof node.value === 'bigint') return unknownAt(node, file);
        return { kind: 'literal', value: node.value as string | number | boolean | null, node, file };
      case 'TemplateLiteral':
        return this.template(node, file, depth);
      case 'Identifier':
        return this.identifier(node, file, depth);
      case 'MemberExpression':
        return this.member(node, file, depth);
      case 'ObjectExpression':
        return this.object(node, file, depth);
      case 'ArrayExpression':
        return this.array(node, file, depth);
      case 'ConditionalExpression':
        return this.conditional(node, file, depth);
      case 'LogicalExpression':
        return this.logical(node, file, depth);
      case 'BinaryExpression':
        return this.binary(node, file, depth);
      case 'UnaryExpression':
        return this.unary(node, file, depth);
      case 'CallExpression':
        return this.call(node, file, depth);
      case 'NewExpression':
        return { kind: 'instance', of: this.resolve(node.callee, file, depth), args: node.arguments, node, file };
      case 'ImportExpression': {
        const source = node.source.type === 'Literal' && typeof node.source.value === 'string' ? node.source.value : undefined;
        return source ? { kind: 'module', module: source, path: [], node, file } : unknownAt(node, file);
      }
      case 'AwaitExpression':
        return this.resolve(node.argument, file, depth);
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return { kind: 'function', node, file };
      case 'SequenceExpression':
        return this.resolve(node.expressions[node.expressions.length - 1]!, file, depth);
      case 'AssignmentExpression':
        return node.operator === '=' ? this.resolve(node.right, file, depth) : unknownAt(node, file);
      default:
        return unknownAt(node, file);
    }
  }

  private template(node: TSESTree.TemplateLiteral, file: FileContext, depth: number): JsValue {
    let text = node.quasis[0]?.value.cooked ?? '';
    let dependsOnEnv = false;
    for (let i = 0; i < node.expressions.length; i++) {
      const part = this.resolve(node.expressions[i]!, file, depth);
      if (part.kind === 'literal') text += String(part.value);
      else if (part.kind === 'env') dependsOnEnv = true;
      else return unknownAt(node, file);
      text += node.quasis[i + 1]?.value.cooked ?? '';
    }
    return dependsOnEnv ? env(file, node, file.excerpt(node)) : { kind: 'literal', value: text, node, file };
  }

  private identifier(node: TSESTree.Identifier, file: FileContext, depth: number): JsValue {
    const binding = lookup(file, node.name, node);
    if (!binding) {
      if (node.name === 'undefined') return { kind: 'literal', value: undefined, node, file };
      const implicit = implicitGlobalValue(file, node.name);
      // `session = require('express-session')` at a script's top level, never declared: a sloppy-mode global.
      return implicit ? this.resolve(implicit, file, depth) : unknownAt(node, file);
    }
    return this.fromBinding(binding, node, file, depth);
  }

  private fromBinding(binding: Binding, at: Node, file: FileContext, depth: number): JsValue {
    switch (binding.kind) {
      case 'variable': {
        if (!binding.init) return unknownAt(at, file);
        if (binding.declaration.kind !== 'const' && file.reassignedNames.has(binding.id.name)) return unknownAt(at, file);
        const value = this.destructure(this.resolve(binding.init, file, depth), binding.path, at, file);
        // `sess.cookie.secure = true` later in the file changes what the library reads.
        return binding.path.length === 0 && value.kind === 'object' ? this.mutated(binding, value, file, depth) : value;
      }
      case 'function':
        return { kind: 'function', node: binding.node, file };
      case 'import':
        return this.imported(binding.source, binding.imported, binding.node, file, depth);
      default:
        return unknownAt(at, file);
    }
  }

  /**
   * A const object with the file's member assignments to it applied, once per binding (every
   * reference to `opts` would otherwise apply all of them again). An assignment that reads the
   * binding itself (`opts.a = opts.b`) sees it as unknown: the cycle is cut at the binding.
   */
  private mutated(binding: Extract<Binding, { kind: 'variable' }>, object: ObjectValue, file: FileContext, depth: number): JsValue {
    const memo = this.bindingMemo.reuse(binding.id, depth);
    if (memo && memo.file === file) return memo.value;
    if (this.bindingMemo.isActive(binding.id)) {
      this.cuts.count++;
      return unknownAt(binding.id, file);
    }
    return this.bindingMemo.compute(binding.id, depth, () => ({ value: withMemberAssignments(file, binding, object, (n, f) => this.resolve(n, f, depth)), file })).value;
  }

  private destructure(value: JsValue, path: readonly PatternStep[], at: Node, file: FileContext): JsValue {
    let current = value;
    for (const step of path) {
      if ('rest' in step) return unknownAt(at, file);
      current = 'key' in step ? this.property(current, step.key, at, file) : this.element(current, step.index, at, file);
    }
    return current;
  }

  private property(object: JsValue, key: string, at: Node, file: FileContext): JsValue {
    switch (object.kind) {
      case 'object': {
        const entry = getEntry(object, key);
        return entry ? entry.value : object.complete ? { kind: 'literal', value: undefined, node: at, file } : unknownAt(at, file);
      }
      case 'module':
        return key === 'default' && object.path.length === 0 ? object : { ...object, path: [...object.path, key], node: at };
      case 'env':
        // process.env.X, import.meta.env.X, or a member of an env-dependent config object.
        return object.source === 'process.env' || object.source === 'import.meta.env' ? env(file, at, `${object.source}.${key}`) : env(file, at, file.excerpt(at));
      default:
        return unknownAt(at, file);
    }
  }

  private element(array: JsValue, index: number, at: Node, file: FileContext): JsValue {
    if (array.kind === 'array' && array.complete) return array.elements[index] ?? { kind: 'literal', value: undefined, node: at, file };
    return unknownAt(at, file);
  }

  private member(node: TSESTree.MemberExpression, file: FileContext, depth: number): JsValue {
    const object = unwrap(node.object);
    if (object.type === 'Identifier' && object.name === 'process' && memberName(node) === 'env' && isGlobal(file, 'process', node)) {
      return env(file, node, 'process.env');
    }
    if (object.type === 'MetaProperty' && memberName(node) === 'env') return env(file, node, 'import.meta.env');
    const key = memberName(node);
    if (key === undefined) return unknownAt(node, file);
    const base = this.resolve(node.object, file, depth);
    if (base.kind === 'array' && /^\d+$/.test(key)) return this.element(base, Number(key), node, file);
    return this.property(base, key, node, file);
  }

  private object(node: TSESTree.ObjectExpression, file: FileContext, depth: number): ObjectValue {
    const entries: ObjectEntry[] = [];
    let complete = true;
    for (const property of node.properties) {
      if (property.type === 'SpreadElement') {
        const spread = this.resolve(property.argument, file, depth);
        if (spread.kind === 'object') {
          entries.push(...spread.entries);
          complete &&= spread.complete;
        } else if (!(spread.kind === 'literal' && (spread.value === null || spread.value === undefined))) {
          complete = false;
        }
        continue;
      }
      const key = staticKey(property.key, property.computed) ?? this.computedKey(property, file, depth);
      if (key === undefined) {
        complete = false;
        continue;
      }
      const value: JsValue =
        property.value.type === 'AssignmentPattern' || property.value.type === 'ObjectPattern' || property.value.type === 'ArrayPattern'
          ? unknownAt(property.value, file)
          : property.shorthand && property.value.type === 'Identifier'
            ? this.resolve(property.value, file, depth)
            : this.resolve(property.value, file, depth);
      entries.push({ key, value, property, file });
    }
    return { kind: 'object', entries, complete, node, file };
  }

  private computedKey(property: TSESTree.Property, file: FileContext, depth: number): string | undefined {
    if (!property.computed) return undefined;
    const key = this.resolve(property.key, file, depth);
    return key.kind === 'literal' && (typeof key.value === 'string' || typeof key.value === 'number') ? String(key.value) : undefined;
  }

  private array(node: TSESTree.ArrayExpression, file: FileContext, depth: number): JsValue {
    const elements: JsValue[] = [];
    let complete = true;
    for (const element of node.elements) {
      if (!element) {
        elements.push({ kind: 'literal', value: undefined, node, file });
      } else if (element.type === 'SpreadElement') {
        const spread = this.resolve(element.argument, file, depth);
        if (spread.kind === 'array') {
          elements.push(...spread.elements);
          complete &&= spread.complete;
        } else {
          complete = false;
        }
      } else {
        elements.push(this.resolve(element, file, depth));
      }
    }
    return { kind: 'array', elements, complete, node, file };
  }

  private conditional(node: TSESTree.ConditionalExpression, file: FileContext, depth: number): JsValue {
    const test = this.resolve(node.test, file, depth);
    const decided = truthiness(test);
    if (decided !== undefined) return this.resolve(decided ? node.consequent : node.alternate, file, depth);
    const consequent = this.resolve(node.consequent, file, depth);
    const alternate = this.resolve(node.alternate, file, depth);
    if (sameLiteral(consequent, alternate)) return consequent;
    // A run-time condition picks one of two written values: treat it as the environment deciding.
    const source = test.kind === 'env' ? test.source : file.excerpt(node.test);
    return env(file, node, source, [...candidatesOf(consequent), ...candidatesOf(alternate)]);
  }

  private logical(node: TSESTree.LogicalExpression, file: FileContext, depth: number): JsValue {
    const left = this.resolve(node.left, file, depth);
    const leftTruthy = truthiness(left);
    if (node.operator === '??') {
      if (left.kind === 'literal') return left.value === null || left.value === undefined ? this.resolve(node.right, file, depth) : left;
      if (leftTruthy === true) return left;
    } else if (leftTruthy !== undefined) {
      const takeLeft = node.operator === '||' ? leftTruthy : !leftTruthy;
      return takeLeft ? left : this.resolve(node.right, file, depth);
    }
    const right = this.resolve(node.right, file, depth);
    const source = left.kind === 'env' ? left.source : file.excerpt(node.left);
    // `cond && x` is cond's own falsy value when cond is false: keep those candidates (`NODE_ENV === 'production' && true` can be false).
    if (node.operator === '&&') return env(file, node, source, [...(left.kind === 'env' ? left.candidates.filter((c) => truthiness(c) === false) : []), ...candidatesOf(right)]);
    // `process.env.SECRET || 'fallback'`: the environment decides, and the literal is what runs when it is unset.
    return env(file, node, source, left.kind === 'env' ? [...left.candidates, ...candidatesOf(right)] : candidatesOf(right), right.kind === 'literal' ? right : right.kind === 'env' ? right.fallback : undefined);
  }

  private binary(node: TSESTree.BinaryExpression, file: FileContext, depth: number): JsValue {
    if (node.left.type === 'PrivateIdentifier') return unknownAt(node, file);
    const left = this.resolve(node.left, file, depth);
    const right = this.resolve(node.right, file, depth);
    if (left.kind === 'literal' && right.kind === 'literal') {
      const a = left.value as never;
      const b = right.value as never;
      const computed: Partial<Record<string, () => string | number | boolean>> = {
        '===': () => a === b,
        '!==': () => a !== b,
        '==': () => a == b,
        '!=': () => a != b,
        '+': () => (a as string) + (b as string),
        '-': () => (a as number) - (b as number),
        '*': () => (a as number) * (b as number),
        '/': () => (a as number) / (b as number),
        '>': () => a > b,
        '<': () => a < b,
        '>=': () => a >= b,
        '<=': () => a <= b,
      };
      const operation = computed[node.operator];
      return operation ? { kind: 'literal', value: operation(), node, file } : unknownAt(node, file);
    }
    if (left.kind === 'env' || right.kind === 'env') {
      const comparison = ['===', '!==', '==', '!='].includes(node.operator);
      const source = file.excerpt(node);
      return env(file, node, source, comparison ? [{ kind: 'literal', value: true, node, file }, { kind: 'literal', value: false, node, file }] : []);
    }
    return unknownAt(node, file);
  }

  private unary(node: TSESTree.UnaryExpression, file: FileContext, depth: number): JsValue {
    if (node.operator === 'void') return { kind: 'literal', value: undefined, node, file };
    const argument = this.resolve(node.argument, file, depth);
    if (argument.kind === 'literal') {
      if (node.operator === '!') return { kind: 'literal', value: !argument.value, node, file };
      if (node.operator === '-' && typeof argument.value === 'number') return { kind: 'literal', value: -argument.value, node, file };
      if (node.operator === '+') return { kind: 'literal', value: Number(argument.value), node, file };
    }
    if (argument.kind === 'env' && node.operator === '!') {
      return env(file, node, argument.source, argument.candidates.map((c) => (c.kind === 'literal' ? { ...c, value: !c.value } : c)));
    }
    return unknownAt(node, file);
  }

  private call(node: TSESTree.CallExpression, file: FileContext, depth: number): JsValue {
    const callee = unwrap(node.callee);
    if (callee.type === 'Identifier' && callee.name === 'require' && node.arguments.length === 1) {
      const source = node.arguments[0]!;
      if (source.type === 'Literal' && typeof source.value === 'string' && isGlobal(file, 'require', node)) return this.imported(source.value, '*', node, file, depth);
    }
    if (callee.type === 'MemberExpression') {
      const path = [unwrap(callee.object).type === 'Identifier' ? (unwrap(callee.object) as TSESTree.Identifier).name : '', memberName(callee)];
      if (path[0] === 'Object' && path[1] === 'assign' && isGlobal(file, 'Object', node)) return this.assign(node, file, depth);
      if ((path[0] === 'Buffer' && path[1] === 'from' && isGlobal(file, 'Buffer', node)) || (path[1] === 'encode' && node.arguments.length === 1)) {
        // Buffer.from('key') and new TextEncoder().encode('key') carry the literal as the key.
        const inner = node.arguments[0] ? this.resolve(node.arguments[0], file, depth) : undefined;
        if (inner && (inner.kind === 'literal' || inner.kind === 'env')) return inner;
      }
    }
    const target = this.resolve(node.callee, file, depth);
    if (target.kind === 'function') return this.returnValue(target.node, target.file, node, depth);
    if (target.kind === 'module' || target.kind === 'instance' || target.kind === 'call') return { kind: 'call', callee: target, args: node.arguments, node, file };
    return unknownAt(node, file);
  }

  private assign(node: TSESTree.CallExpression, file: FileContext, depth: number): JsValue {
    const entries: ObjectEntry[] = [];
    let complete = true;
    let last: TSESTree.ObjectExpression | undefined;
    for (const argument of node.arguments) {
      const value = argument.type === 'SpreadElement' ? unknownAt(argument, file) : this.resolve(argument, file, depth);
      if (value.kind === 'object') {
        entries.push(...value.entries);
        complete &&= value.complete;
        if (value.node && value.file === file) last = value.node;
      } else {
        complete = false;
      }
    }
    return { kind: 'object', entries, complete, node: last, file };
  }

  /** The value a helper function returns: its single return value, or all of them when they agree. */
  returnValue(fn: FunctionNode, file: FileContext, at: Node, depth: number): JsValue {
    if (fn.body === null || fn.body === undefined) return unknownAt(at, file);
    if (fn.body.type !== 'BlockStatement') return this.resolve(fn.body, file, depth);
    const returns = collectReturns(fn.body);
    if (returns.length === 0) return { kind: 'literal', value: undefined, node: at, file };
    const values = returns.map((r) => (r.argument ? this.resolve(r.argument, file, depth) : ({ kind: 'literal', value: undefined, node: r, file } as JsValue)));
    if (values.length === 1) return values[0]!;
    if (values.every((v) => sameLiteral(v, values[0]!))) return values[0]!;
    return env(file, at, `${file.excerpt(at)}`, joinCandidates(...values.map(candidatesOf)));
  }

  private imported(source: string, imported: string, at: Node, file: FileContext, depth: number): JsValue {
    const path = imported === '*' || imported === 'default' ? [] : [imported];
    const aliased = this.aliasedModule(file, source);
    if (aliased) return this.exportedValue(aliased, imported === '*' ? undefined : imported, depth);
    const module = source.startsWith('.') ? file.project.selfReference?.(file.fileName, source) : source;
    if (module !== undefined) return { kind: 'module', module, path, node: at, file };
    const target = this.loadModule(file, source);
    if (!target) return unknownAt(at, file);
    const exported = this.exportedValue(target, imported === '*' ? undefined : imported, depth);
    return exported;
  }

  /**
   * A bare specifier that names no dependency and that the project's tsconfig or jsconfig `paths`
   * map to one of its own files (`@/lib/storage` → `src/lib/storage.ts`): read like a relative module.
   */
  private aliasedModule(file: FileContext, source: string): FileContext | undefined {
    if (source.startsWith('.') || source.startsWith('node:') || !this.followImports || !file.project.readModule) return undefined;
    // `@shared/constants` has a scoped package's shape: only the dependencies tell them apart, and
    // readModule resolves aliases alone, never packages.
    const slash = source.indexOf('/', source.startsWith('@') ? source.indexOf('/') + 1 : 0);
    const packageName = slash < 0 ? source : source.slice(0, slash);
    if (packageName in file.project.dependencies) return undefined;
    return this.loadModule(file, source);
  }

  private loadModule(from: FileContext, specifier: string): FileContext | undefined {
    const read = from.project.readModule;
    if (!read || !this.followImports) return undefined;
    const key = `${from.fileName}\0${specifier}`;
    if (this.moduleFiles.has(key)) return this.moduleFiles.get(key) ?? undefined;
    this.moduleFiles.set(key, null);
    const loaded = read(from.fileName, specifier);
    if (!loaded || from.importChain.includes(loaded.fileName)) return undefined;
    const parsed = parseModule(loaded.text, loaded.fileName);
    if (!parsed.program) return undefined;
    const context = new FileContext(parsed.program, loaded.text, loaded.fileName, from.project, [...from.importChain, from.fileName], from.budget);
    this.moduleFiles.set(key, context);
    return context;
  }

  /** What a module exports under a name (undefined: the whole module / default export). */
  private exportedValue(file: FileContext, name: string | undefined, depth: number): JsValue {
    const program = file.program;
    const wanted = name ?? 'default';
    for (const statement of program.body) {
      if (statement.type === 'ExportDefaultDeclaration' && wanted === 'default') {
        const declaration = statement.declaration;
        return isFunction(declaration) ? { kind: 'function', node: declaration as FunctionNode, file } : this.resolve(declaration, file, depth);
      }
      if (statement.type === 'ExportNamedDeclaration') {
        if (statement.declaration && name) {
          const binding = lookup(file, name, program);
          if (binding) return this.fromBinding(binding, statement, file, depth);
        }
        for (const specifier of statement.specifiers) {
          const exportedName = staticKey(specifier.exported, false);
          const localName = staticKey(specifier.local, false);
          if (exportedName === wanted && localName && !statement.source) {
            const binding = lookup(file, localName, program);
            if (binding) return this.fromBinding(binding, statement, file, depth);
          }
        }
      }
    }
    // CommonJS: module.exports = {...}; module.exports.x = ...; exports.x = ...; TypeScript's `export = {...}`.
    let moduleExports: JsValue | undefined;
    const exportAssignment = program.body.find((statement) => statement.type === 'TSExportAssignment');
    if (exportAssignment) moduleExports = this.resolve(exportAssignment.expression, file, depth);
    for (const assignment of file.assignments) {
      const left = assignment.left;
      if (left.type !== 'MemberExpression') continue;
      const object = unwrap(left.object);
      const property = memberName(left);
      const isModuleExports = object.type === 'Identifier' && object.name === 'module' && property === 'exports';
      if (isModuleExports) moduleExports = this.resolve(assignment.right, file, depth);
      const isNamedExport =
        property === name &&
        ((object.type === 'Identifier' && object.name === 'exports') ||
          (object.type === 'MemberExpression' && unwrap(object.object).type === 'Identifier' && memberName(object) === 'exports'));
      if (name && isNamedExport) return this.resolve(assignment.right, file, depth);
    }
    if (moduleExports) return name ? this.property(moduleExports, name, file.program, file) : moduleExports;
    return name ? unknownAt(undefined, file) : this.namedExports(file, depth);
  }

  /**
   * The whole module as an object of its named exports (`exports.x = …`, `export const x = …`), for
   * `const { x } = require('./m')` and `import * as m from './m'` when there is no single export.
   */
  private namedExports(file: FileContext, depth: number): JsValue {
    const entries: ObjectEntry[] = [];
    for (const assignment of file.assignments) {
      const left = assignment.left;
      if (left.type !== 'MemberExpression') continue;
      const object = unwrap(left.object);
      const key = memberName(left);
      const onExports =
        (object.type === 'Identifier' && object.name === 'exports') ||
        (object.type === 'MemberExpression' && unwrap(object.object).type === 'Identifier' && (unwrap(object.object) as TSESTree.Identifier).name === 'module' && memberName(object) === 'exports');
      if (key !== undefined && onExports) entries.push({ key, value: this.resolve(assignment.right, file, depth), property: undefined, file });
    }
    for (const statement of file.program.body) {
      if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration') continue;
      for (const declarator of statement.declaration.declarations) {
        if (declarator.id.type === 'Identifier') entries.push({ key: declarator.id.name, value: declarator.init ? this.resolve(declarator.init, file, depth) : unknownAt(declarator, file), property: undefined, file });
      }
    }
    return entries.length > 0 ? { kind: 'object', entries, complete: false, node: undefined, file } : unknownAt(undefined, file);
  }
}

const returnsByBody = new WeakMap<TSESTree.BlockStatement, readonly TSESTree.ReturnStatement[]>();

/** The return statements of a function body (not of functions nested in it), found once per body. */
function collectReturns(body: TSESTree.BlockStatement): readonly TSESTree.ReturnStatement[] {
  const known = returnsByBody.get(body);
  if (known) return known;
  const found: TSESTree.ReturnStatement[] = [];
  const stack: Node[] = [...body.body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'ReturnStatement') found.push(node);
    else if (!isFunction(node) && node.type !== 'ClassDeclaration' && node.type !== 'ClassExpression') stack.push(...childrenOf(node));
  }
  returnsByBody.set(body, found);
  return found;
}

export type { FunctionNode };
