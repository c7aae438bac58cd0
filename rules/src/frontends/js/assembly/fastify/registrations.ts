import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { memberName, stringLiteral, unwrap, type Node } from '../../ast';
import type { AdapterContext } from '../../adapterContext';
import { moduleRefOf } from '../moduleRefs';
import { getEntry } from '../../values';
import { AUTOLOAD_MODULES, autoloadOptions, type AutoloadOptions } from './autoload';

/** What a `register` call registers, as the plugin tree needs it. */
export type RegisteredPlugin =
  /** A plugin of another file of the app: `register(import('./routes/auth'))`, `register(require('./plugins/session'))`, an imported binding. */
  | { readonly kind: 'module'; readonly specifier: string }
  /** `register(autoload, { dir: path.join(__dirname, 'routes') })`: every plugin file of a folder. */
  | { readonly kind: 'autoload'; readonly options: AutoloadOptions }
  /** A package's plugin (`@fastify/session`, `@fastify/rate-limit`), with its options as written. */
  | { readonly kind: 'package'; readonly module: string; readonly options: Node | undefined };

/** One `x.register(plugin, { prefix })` call of a file, or a module of the app called with the instance. */
export interface Registration {
  readonly call: TSESTree.CallExpression;
  readonly plugin: RegisteredPlugin;
  /** The `prefix` option; '' when none; undefined when it is not a literal. */
  readonly prefix: string | undefined;
  /**
   * `routes(app)`, `[users, sessions].forEach((f) => f(app))`: the module's function is called, not
   * registered, so it runs in the caller's scope (no encapsulation, no prefix), as a fastify-plugin would.
   */
  readonly called?: boolean;
}

/**
 * The `register` calls of a file that the plugin tree follows across files: relative modules
 * (static and dynamic imports, requires), autoload folders, and package plugins. Local plugin
 * functions are the file's own scopes (FastifyScopes) and are not listed.
 */
export function registrationsOf(context: AdapterContext): Registration[] {
  const found: Registration[] = [];
  for (const call of context.file.calls) {
    const callee = unwrap(call.callee);
    found.push(...calledModules(context, call));
    if (callee.type !== 'MemberExpression' || memberName(callee) !== 'register') continue;
    const argument = call.arguments[0];
    if (!argument || argument.type === 'SpreadElement') continue;
    const plugin = registeredPlugin(context, argument, call.arguments[1]);
    if (plugin) found.push({ call, plugin, prefix: prefixOf(context, call.arguments[1]) });
  }
  return found;
}

/**
 * Modules of the app a call hands the instance to: `routes(app)` with `routes` imported from `./routes`,
 * and each module of an array called in turn (`[welcome, users, sessions].forEach((f) => f(app))`).
 */
function calledModules(context: AdapterContext, call: TSESTree.CallExpression): Registration[] {
  const instance = call.arguments[0];
  if (!instance || unwrap(instance).type !== 'Identifier') {
    const each = forEachCalled(context, call);
    return each ? each.map((node) => calledModule(context, call, node)).filter((r): r is Registration => r !== undefined) : [];
  }
  const one = calledModule(context, call, call.callee);
  return one ? [one] : [];
}

function calledModule(context: AdapterContext, call: TSESTree.CallExpression, fn: Node): Registration | undefined {
  const target = unwrap(fn);
  if (target.type !== 'Identifier') return undefined;
  const ref = moduleRefOf(context.file, target);
  return ref && !ref.member ? { call, plugin: { kind: 'module', specifier: ref.specifier }, prefix: '', called: true } : undefined;
}

/** `list.forEach((f) => f(app))` over `const list = [a, b]`: the elements, each called with an instance. */
function forEachCalled(context: AdapterContext, call: TSESTree.CallExpression): Node[] | undefined {
  const callee = unwrap(call.callee);
  const callback = call.arguments[0] && unwrap(call.arguments[0]);
  if (callee.type !== 'MemberExpression' || memberName(callee) !== 'forEach' || !callback || callback.type !== 'ArrowFunctionExpression') return undefined;
  const param = callback.params[0];
  const body = unwrap(callback.body);
  if (param?.type !== 'Identifier' || body.type !== 'CallExpression' || unwrap(body.callee).type !== 'Identifier' || (unwrap(body.callee) as TSESTree.Identifier).name !== param.name) return undefined;
  if (!body.arguments[0] || unwrap(body.arguments[0]).type !== 'Identifier') return undefined;
  const list = context.resolveLocal(callee.object);
  if (list.kind !== 'array' || list.file !== context.file || list.node.type !== 'ArrayExpression') return undefined;
  return list.node.elements.filter((e): e is TSESTree.Expression => e !== null && e.type !== 'SpreadElement');
}

function registeredPlugin(context: AdapterContext, argument: Node, options: TSESTree.CallExpressionArgument | undefined): RegisteredPlugin | undefined {
  const optionsNode = options && options.type !== 'SpreadElement' ? options : undefined;
  const target = unwrap(argument);
  // `register(import('./routes/auth.js'))`: Fastify awaits the promise and takes its default export.
  const imported = target.type === 'ImportExpression' ? stringLiteral(target.source) : undefined;
  if (imported !== undefined) return imported.startsWith('.') ? { kind: 'module', specifier: imported } : { kind: 'package', module: imported, options: optionsNode };
  const module = context.moduleOf(argument);
  if (module && AUTOLOAD_MODULES.includes(module.module)) return { kind: 'autoload', options: autoloadOptions(context, optionsNode) };
  if (module) return { kind: 'package', module: module.module, options: optionsNode };
  const ref = moduleRefOf(context.file, argument);
  return ref ? { kind: 'module', specifier: ref.specifier } : undefined;
}

/** `{ prefix: '/auth' }`: the route prefix a registration gives the plugin's routes. */
export function prefixOf(context: AdapterContext, options: TSESTree.CallExpressionArgument | undefined): string | undefined {
  if (!options || options.type === 'SpreadElement') return '';
  const value = context.resolver.resolve(options, context.file);
  if (value.kind !== 'object') return '';
  const prefix = getEntry(value, 'prefix');
  if (!prefix) return '';
  return prefix.value.kind === 'literal' && typeof prefix.value.value === 'string' ? prefix.value.value : undefined;
}

/** True when the call creates a Fastify instance (`fastify()`, `Fastify({ logger })`, `require('fastify')()`). */
export function createsInstance(context: AdapterContext, call: TSESTree.CallExpression): boolean {
  const module = context.moduleOf(call.callee);
  if (module?.module !== 'fastify') return false;
  return module.path.length === 0 || (module.path.length === 1 && (module.path[0] === 'default' || module.path[0] === 'fastify'));
}
