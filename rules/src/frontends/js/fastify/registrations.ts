import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TextEdit } from '../../../model/edit';
import type { TextRange } from '../../../model/range';
import { memberName, unwrap, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import type { JsValue } from '../values';
import { isPluginExport, type FastifyPluginModule } from './modules';

/** One place a Fastify plugin is given its options. */
export interface PluginRegistration {
  /** The module as written: '@fastify/session', 'fastify-cookie'. */
  readonly module: string;
  /** The `register` call; undefined for an @fastify/autoload plugin file that re-exports the plugin. */
  readonly call: TSESTree.CallExpression | undefined;
  /** Where a finding about the registration as a whole points: the call, or the re-export. */
  readonly at: Node;
  /** The options as written (the second argument, or the file's `autoConfig` export). */
  readonly optionsNode: Node | undefined;
  /** The options resolved; an options function `(instance) => ({ … })` is resolved to what it returns. */
  readonly options: JsValue | undefined;
  /** Adds an options argument to a registration that has none. */
  readonly addOptions: ((objectText: string) => TextEdit[] | undefined) | undefined;
}

/**
 * Where findings about a registration as a whole start and end: the `register` call, or in a chain
 * (`app.register(formbody).register(secureSession, opts)`) the link's own `register(…)`, not the chain's
 * head lines above it.
 */
export function registrationRange(registration: PluginRegistration): TextRange {
  const callee = registration.call ? unwrap(registration.call.callee) : undefined;
  const chained = callee?.type === 'MemberExpression' && unwrap(callee.object).type === 'CallExpression';
  return chained ? { start: callee.property.range[0], end: registration.at.range[1] } : { start: registration.at.range[0], end: registration.at.range[1] };
}

/**
 * Every registration of `plugin` in the file, in the forms Fastify apps use:
 * `fastify.register(plugin, opts)`, `app.register(require('…'), opts)`, `app.register(import('…'), opts)`,
 * `await app.register(…)`, chained `app.register(a).register(b, opts)`, and the @fastify/autoload plugin
 * file `export const autoConfig = { … }; export default plugin` (CJS: `module.exports = plugin`).
 */
export function pluginRegistrations(context: AdapterContext, plugin: FastifyPluginModule): PluginRegistration[] {
  if (!context.importsAny(plugin.modules)) return [];
  const found: PluginRegistration[] = [];
  for (const call of context.file.calls) {
    const applied = appliedByCall(context, plugin, call);
    if (applied) found.push(applied);
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression' || memberName(callee) !== 'register') continue;
    const pluginArgument = call.arguments[0];
    if (!pluginArgument || pluginArgument.type === 'SpreadElement') continue;
    const target = context.moduleOf(pluginArgument);
    if (!target || !plugin.modules.includes(target.module) || !isPluginExport(plugin, target.path)) continue;
    const optionsNode = call.arguments[1];
    const options = optionsNode && optionsNode.type !== 'SpreadElement' ? resolveOptions(context, optionsNode) : undefined;
    found.push({
      module: target.module,
      call,
      at: call,
      optionsNode: optionsNode?.type === 'SpreadElement' ? undefined : optionsNode,
      options: optionsNode?.type === 'SpreadElement' ? { kind: 'unknown' } : options,
      addOptions: call.arguments.length === 1 ? (text) => [{ range: { start: pluginArgument.range[1], end: pluginArgument.range[1] }, newText: `, ${text}` }] : undefined,
    });
  }
  const autoload = autoloadRegistration(context, plugin);
  if (autoload) found.push(autoload);
  return found;
}

/**
 * A plugin applied by calling it inside another plugin, as Fastify would (`FastifySessionPlugin(fastify, opts, done)`):
 * it decorates the instance it is given, the same as `fastify.register(FastifySessionPlugin, opts)` under fastify-plugin.
 */
function appliedByCall(context: AdapterContext, plugin: FastifyPluginModule, call: TSESTree.CallExpression): PluginRegistration | undefined {
  const [instance, optionsNode] = call.arguments;
  if (!instance || instance.type === 'SpreadElement' || !optionsNode || optionsNode.type === 'SpreadElement' || call.arguments.length > 3) return undefined;
  if (unwrap(call.callee).type !== 'Identifier') return undefined;
  const target = context.moduleOf(call.callee);
  if (!target || !plugin.modules.includes(target.module) || !isPluginExport(plugin, target.path)) return undefined;
  return { module: target.module, call, at: call, optionsNode, options: resolveOptions(context, optionsNode), addOptions: undefined };
}

/** Options are resolved like any value; Fastify also takes a function of the parent instance. */
function resolveOptions(context: AdapterContext, node: Node): JsValue {
  const value = context.resolver.resolve(node, context.file);
  if (value.kind !== 'function') return value;
  return context.resolver.returnValue(value.node, value.file, value.node, 0);
}

/**
 * An @fastify/autoload plugin file whose default export is the plugin module itself: autoload
 * registers it with the file's `autoConfig` export as options.
 */
function autoloadRegistration(context: AdapterContext, plugin: FastifyPluginModule): PluginRegistration | undefined {
  const exported = defaultExport(context);
  if (!exported) return undefined;
  const target = context.moduleOf(exported);
  if (!target || !plugin.modules.includes(target.module) || !isPluginExport(plugin, target.path)) return undefined;
  const optionsNode = namedExport(context, 'autoConfig');
  return {
    module: target.module,
    call: undefined,
    at: exported,
    optionsNode,
    options: optionsNode ? resolveOptions(context, optionsNode) : undefined,
    addOptions: undefined,
  };
}

/** The expression a file exports as default (`export default x`, `module.exports = x`). */
export function defaultExport(context: AdapterContext): Node | undefined {
  for (const statement of context.file.program.body) {
    if (statement.type === 'ExportDefaultDeclaration') return statement.declaration;
    if (statement.type === 'ExpressionStatement' && isModuleExportsAssignment(statement.expression)) {
      return (statement.expression as TSESTree.AssignmentExpression).right;
    }
  }
  return undefined;
}

function isModuleExportsAssignment(node: Node): boolean {
  if (node.type !== 'AssignmentExpression' || node.operator !== '=') return false;
  const left = unwrap(node.left);
  if (left.type !== 'MemberExpression' || memberName(left) !== 'exports') return false;
  const object = unwrap(left.object);
  return object.type === 'Identifier' && object.name === 'module';
}

/** The value of a named export (`export const name = …`, `module.exports.name = …`, `exports.name = …`). */
function namedExport(context: AdapterContext, name: string): Node | undefined {
  for (const statement of context.file.program.body) {
    if (statement.type === 'ExportNamedDeclaration' && statement.declaration?.type === 'VariableDeclaration') {
      for (const declarator of statement.declaration.declarations) {
        if (declarator.id.type === 'Identifier' && declarator.id.name === name && declarator.init) return declarator.init;
      }
    }
    if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression' && statement.expression.operator === '=') {
      const left = unwrap(statement.expression.left);
      if (left.type !== 'MemberExpression' || memberName(left) !== name) continue;
      const object = unwrap(left.object);
      const isExports = (object.type === 'Identifier' && object.name === 'exports') || (object.type === 'MemberExpression' && memberName(object) === 'exports' && unwrap(object.object).type === 'Identifier');
      if (isExports) return statement.expression.right;
    }
  }
  return undefined;
}
