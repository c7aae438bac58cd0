import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Fact } from '../../model/facts';
import { unwrap, type Node } from './ast';
import type { FileContext } from './fileContext';
import { Resolver } from './resolve';
import { implicitGlobalValue } from './implicitGlobals';
import { lookup } from './scope';
import type { JsValue, ModuleValue } from './values';

/** Functions that turn a callback API into a promise API with the same leading arguments. */
const PROMISIFY: readonly (readonly [string, readonly string[]])[] = [
  ['util', ['promisify']],
  ['node:util', ['promisify']],
  ['bluebird', ['promisify']],
];

/** What every adapter gets: the parsed file, the resolver, and the list to add facts to. */
export class AdapterContext {
  readonly facts: Fact[] = [];
  private readonly calleeCache = new Map<Node, JsValue>();
  private readonly localCache = new Map<Node, JsValue>();
  private localResolver: Resolver | undefined;

  constructor(
    readonly file: FileContext,
    readonly resolver: Resolver,
    /** Module specifiers the file imports or requires (a cheap test before resolving any call). */
    readonly importedModules: ReadonlySet<string>,
  ) {}

  /** True when the file imports any of the modules (so an adapter can skip the file early). */
  importsAny(modules: readonly string[]): boolean {
    return modules.some((m) => this.importedModules.has(m));
  }

  resolveCallee(node: Node): JsValue {
    let value = this.calleeCache.get(node);
    if (!value) {
      value = this.resolver.resolve(node, this.file);
      this.calleeCache.set(node, value);
    }
    return value;
  }

  /**
   * A node resolved within this file only: imports of relative modules stay unknown. For questions
   * only this file can answer (a helper or handler defined here, a package this file imports),
   * asked of many nodes, which must not parse every module the file imports.
   */
  resolveLocal(node: Node): JsValue {
    let value = this.localCache.get(node);
    if (!value) {
      this.localResolver ??= new Resolver(this.file, false);
      value = this.localResolver.resolve(node, this.file);
      this.localCache.set(node, value);
    }
    return value;
  }

  /**
   * The package export a callee or argument refers to (`session`, `require('x')`, `s.MemoryStore`).
   * Resolved within the file: a package is bound by this file's own import or require (the
   * adapters ask `importsAny` first), so the modules it imports need not be parsed to answer.
   */
  moduleOf(node: Node): ModuleValue | undefined {
    const target = unwrap(node);
    if (target.type !== 'Identifier' && target.type !== 'MemberExpression' && target.type !== 'CallExpression' && target.type !== 'AwaitExpression' && target.type !== 'ImportExpression') {
      return undefined;
    }
    // `res.status(404).json`, `this.cache.get`, `fetch(url)`: a chain that starts at a parameter,
    // `this` or a global can never be a package (the resolver says unknown), so most calls of a
    // file need no resolution.
    if (rootCannotBeModule(this.file, target)) return undefined;
    const value = this.resolveLocal(target);
    if (value.kind === 'module') return value;
    return value.kind === 'call' ? this.promisified(value) : undefined;
  }

  /**
   * `util.promisify(jwt.sign)` (or bluebird's `Promise.promisify`) is the same function returning a
   * promise: called with the same arguments but the callback, so it stands for the export it wraps.
   */
  private promisified(value: Extract<JsValue, { kind: 'call' }>): ModuleValue | undefined {
    const callee = value.callee;
    if (callee.kind !== 'module' || !PROMISIFY.some(([module, path]) => callee.module === module && samePath(callee.path, path))) return undefined;
    const wrapped = value.args[0];
    if (!wrapped || wrapped.type === 'SpreadElement' || value.file !== this.file) return undefined;
    const inner = this.resolveLocal(unwrap(wrapped));
    return inner.kind === 'module' ? inner : undefined;
  }

  /** Calls whose callee is `module` at `path` ([] = the module's default / CJS export). */
  callsTo(modules: readonly string[], path: readonly string[] = []): TSESTree.CallExpression[] {
    if (!this.importsAny(modules)) return [];
    return this.file.calls.filter((call) => {
      const target = this.moduleOf(call.callee);
      return target !== undefined && modules.includes(target.module) && samePath(target.path, path);
    });
  }

  /**
   * True when an identifier names an HTTP response object: a parameter called res/response, or the
   * parameter after `req` in a handler `(req, res)` / `(err, req, res, next)`.
   */
  isResponse(node: Node): boolean {
    const target = unwrap(node);
    if (target.type !== 'Identifier') return false;
    const binding = lookup(this.file, target.name, target);
    if (!binding || binding.kind !== 'param' || binding.path.length > 0) return /^(res|response|resp)$/.test(target.name) && !binding;
    if (/^(res|response|resp)$/.test(target.name)) return true;
    const previous = binding.fn.params[binding.index - 1];
    return previous?.type === 'Identifier' && /^(req|request)$/.test(previous.name);
  }
}

/** The start of a member/call chain is `this`, a function parameter or a global other than `require` (never resolved to a package). */
function rootCannotBeModule(file: FileContext, node: Node): boolean {
  let root = node;
  for (;;) {
    if (root.type === 'MemberExpression') root = unwrap(root.object);
    else if (root.type === 'CallExpression') root = unwrap(root.callee);
    else if (root.type === 'AwaitExpression') root = unwrap(root.argument);
    else break;
  }
  if (root.type === 'ThisExpression' || root.type === 'Super') return true;
  if (root.type !== 'Identifier') return false;
  const binding = lookup(file, root.name, root);
  // An unbound name is a global (`fetch`, `JSON`, `console`): the resolver knows none as a package but `require`.
  return binding ? binding.kind === 'param' : root.name !== 'require' && implicitGlobalValue(file, root.name) === undefined;
}

export function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

/** Module specifiers a file imports, requires or dynamically imports. */
export function importedModules(file: FileContext): Set<string> {
  const modules = new Set<string>();
  for (const statement of file.program.body) {
    if (statement.type === 'ImportDeclaration') modules.add(String(statement.source.value));
    if ((statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportAllDeclaration') && statement.source) modules.add(String(statement.source.value));
    if (statement.type === 'TSImportEqualsDeclaration' && statement.moduleReference.type === 'TSExternalModuleReference' && statement.moduleReference.expression.type === 'Literal') {
      modules.add(String(statement.moduleReference.expression.value));
    }
  }
  for (const call of file.calls) {
    const callee = unwrap(call.callee);
    const argument = call.arguments[0];
    if (callee.type === 'Identifier' && callee.name === 'require' && argument?.type === 'Literal' && typeof argument.value === 'string') modules.add(argument.value);
  }
  for (const expression of file.dynamicImports) {
    if (expression.source.type === 'Literal' && typeof expression.source.value === 'string') modules.add(expression.source.value);
  }
  // A package's examples use it through `require('..')`: that is an import of the package by name.
  const selfReference = file.project.selfReference;
  if (selfReference) {
    for (const specifier of [...modules]) {
      const name = specifier.startsWith('.') ? selfReference(file.fileName, specifier) : undefined;
      if (name) modules.add(name);
    }
  }
  return modules;
}

export interface JsAdapter {
  readonly name: string;
  collect(context: AdapterContext): void;
}
