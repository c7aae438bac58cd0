import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunction, memberName, stringLiteral, unwrap, type FunctionNode, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { FASTIFY_PLUGIN_HELPER, isPluginExport } from './modules';
import { defaultExport } from './registrations';

/** A Fastify encapsulation context: a plugin function, or the file itself (the root instance). */
export type ScopeNode = FunctionNode | TSESTree.Program;

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'all', 'route']);

/**
 * Fastify's encapsulation within one file. Every plugin function gets a child instance: what is
 * registered inside it (a decorator, @fastify/cookie's `parseOptions`) applies to its own routes and
 * its children, not to its parent or siblings. `fastify-plugin` (`fp(fn)`, or
 * `fn[Symbol.for('skip-override')] = true`) removes the boundary: the plugin works on its parent's
 * instance. A plugin file loaded by @fastify/autoload is registered from outside the file; when it
 * is wrapped in `fp` its registrations reach every route of the file, as they reach the whole app.
 *
 * Plugin functions are recognised by how they are used: passed to `.register()`, wrapped in `fp`,
 * exported as the file's default (autoload), or typed (`(fastify: FastifyInstance)`,
 * `const plugin: FastifyPluginAsync = …`). A route handler defined apart from its route
 * (`async function login(request, reply) {…}` … `fastify.post('/login', login)`) runs in the scope of
 * the route's registration.
 */
export class FastifyScopes {
  private readonly fpFunctions = new Set<Node>();
  /** Plugin function → the `register` calls that register it. */
  private readonly registeredBy = new Map<Node, TSESTree.CallExpression[]>();
  private readonly exported = new Set<Node>();
  private readonly parentCache = new Map<ScopeNode, ScopeNode | undefined>();
  private readonly routeCache = new Map<FunctionNode, TSESTree.CallExpression | undefined>();
  private handlerNames: Map<string, { id: TSESTree.Identifier; call: TSESTree.CallExpression }[]> | undefined;

  constructor(private readonly context: AdapterContext) {
    const file = context.file;
    for (const call of file.calls) {
      const callee = unwrap(call.callee);
      const first = call.arguments[0];
      if (!first || first.type === 'SpreadElement') continue;
      if (callee.type === 'MemberExpression' && memberName(callee) === 'register') {
        const fn = this.pluginFunction(first);
        if (fn) this.registeredBy.set(fn, [...(this.registeredBy.get(fn) ?? []), call]);
        continue;
      }
      const target = context.moduleOf(call.callee);
      if (target && FASTIFY_PLUGIN_HELPER.modules.includes(target.module) && isPluginExport(FASTIFY_PLUGIN_HELPER, target.path)) {
        const fn = this.functionOf(first);
        if (fn) this.fpFunctions.add(fn);
      }
    }
    for (const assignment of file.assignments) {
      // plugin[Symbol.for('skip-override')] = true: what fastify-plugin does under the hood.
      const left = unwrap(assignment.left);
      if (left.type !== 'MemberExpression' || !left.computed || !isSkipOverrideSymbol(left.property)) continue;
      const fn = this.functionOf(left.object);
      if (fn) this.fpFunctions.add(fn);
    }
    const exported = defaultExport(context);
    const exportedFunction = exported ? this.pluginFunction(exported) : undefined;
    if (exportedFunction) this.exported.add(exportedFunction);
  }

  /** The scope a piece of code runs in: its innermost enclosing plugin function, or the file. */
  scopeOf(node: Node, visiting: Set<Node> = new Set()): ScopeNode {
    const file = this.context.file;
    let current = file.parentOf(node);
    while (current) {
      if (isFunction(current)) {
        if (this.isPlugin(current)) return current;
        const route = visiting.has(current) ? undefined : this.routeRegistering(current);
        if (route) return this.scopeOf(route, visiting.add(current));
      }
      current = file.parentOf(current);
    }
    return file.program;
  }

  /**
   * The scope whose instance a registration made at `call` decorates: the scope the call runs in,
   * or, where that scope is a `fastify-plugin` function, the scope it is registered from.
   */
  instanceScopeOf(call: Node): ScopeNode {
    let scope = this.scopeOf(call);
    const seen = new Set<ScopeNode>();
    while (scope.type !== 'Program' && this.fpFunctions.has(scope) && !seen.has(scope)) {
      seen.add(scope);
      scope = this.parentOf(scope) ?? this.context.file.program;
    }
    return scope;
  }

  /** How many scopes `inner` is below `outer` (0: the same scope); undefined when `outer` is not an ancestor. */
  depthBelow(inner: ScopeNode, outer: ScopeNode): number | undefined {
    let current: ScopeNode | undefined = inner;
    const seen = new Set<ScopeNode>();
    for (let depth = 0; current && !seen.has(current); depth++) {
      if (current === outer) return depth;
      seen.add(current);
      current = this.parentOf(current);
    }
    return undefined;
  }

  /** True for a `fastify-plugin` function: it works on its parent's instance (no scope of its own). */
  isSkipOverride(fn: ScopeNode): boolean {
    return fn.type !== 'Program' && this.fpFunctions.has(fn);
  }

  /** The first `register` call of this file that registers a plugin function (for its `prefix`). */
  registrationOf(fn: ScopeNode): TSESTree.CallExpression | undefined {
    return fn.type === 'Program' ? undefined : this.registeredBy.get(fn)?.[0];
  }

  /** The scope a plugin function is registered from, or its lexical enclosing scope. */
  parentOf(scope: ScopeNode): ScopeNode | undefined {
    if (scope.type === 'Program') return undefined;
    if (this.parentCache.has(scope)) return this.parentCache.get(scope);
    this.parentCache.set(scope, undefined);
    const registration = this.registeredBy.get(scope)?.[0];
    const parent = registration ? this.scopeOf(registration) : this.scopeOf(scope);
    const result = parent === scope ? this.context.file.program : parent;
    this.parentCache.set(scope, result);
    return result;
  }

  private isPlugin(fn: FunctionNode): boolean {
    return this.fpFunctions.has(fn) || this.registeredBy.has(fn) || this.exported.has(fn) || isTypedPlugin(this.context, fn);
  }

  /** A route registration (`fastify.post('/x', handler)`) that names this function as its handler. */
  private routeRegistering(fn: FunctionNode): TSESTree.CallExpression | undefined {
    if (this.routeCache.has(fn)) return this.routeCache.get(fn);
    const name = functionName(this.context, fn);
    const candidates = name ? this.routeHandlerNames().get(name) ?? [] : [];
    const found = candidates.find((use) => this.functionOf(use.id) === fn)?.call;
    this.routeCache.set(fn, found);
    return found;
  }

  /**
   * Names passed to route registrations (`fastify.post('/x', login)`, `route({ handler: login })`),
   * indexed once so that finding a handler's route does not rescan the file for every handler.
   */
  private routeHandlerNames(): Map<string, { id: TSESTree.Identifier; call: TSESTree.CallExpression }[]> {
    if (this.handlerNames) return this.handlerNames;
    const index = new Map<string, { id: TSESTree.Identifier; call: TSESTree.CallExpression }[]>();
    const add = (node: Node, call: TSESTree.CallExpression): void => {
      const target = unwrap(node);
      if (target.type === 'Identifier') index.set(target.name, [...(index.get(target.name) ?? []), { id: target, call }]);
      else if (target.type === 'ObjectExpression') for (const p of target.properties) if (p.type === 'Property' && unwrap(p.value).type === 'Identifier') add(p.value, call);
    };
    for (const call of this.context.file.calls) {
      const callee = unwrap(call.callee);
      if (callee.type === 'MemberExpression' && ROUTE_METHODS.has(memberName(callee) ?? '')) for (const argument of call.arguments) add(argument, call);
    }
    this.handlerNames = index;
    return index;
  }

  /** The function a plugin argument stands for: a function, a name bound to one, or `fp(fn)`. */
  private pluginFunction(node: Node): FunctionNode | undefined {
    const direct = this.functionOf(node);
    if (direct) return direct;
    const value = this.context.resolver.resolve(node, this.context.file);
    if (value.kind === 'call' && value.callee.kind === 'module' && FASTIFY_PLUGIN_HELPER.modules.includes(value.callee.module)) {
      const inner = value.args[0];
      return inner && inner.type !== 'SpreadElement' && value.file === this.context.file ? this.functionOf(inner) : undefined;
    }
    return undefined;
  }

  private functionOf(node: Node): FunctionNode | undefined {
    const target = unwrap(node);
    if (isFunction(target)) return target;
    if (target.type !== 'Identifier') return undefined;
    const value = this.context.resolver.resolve(target, this.context.file);
    return value.kind === 'function' && value.file === this.context.file ? value.node : undefined;
  }
}

/** `(fastify: FastifyInstance) => …`, or a function assigned to a `FastifyPlugin…`-typed const. */
function isTypedPlugin(context: AdapterContext, fn: FunctionNode): boolean {
  const first = fn.params[0];
  const annotation = first && 'typeAnnotation' in first ? first.typeAnnotation?.typeAnnotation : undefined;
  if (annotation?.type === 'TSTypeReference' && typeName(annotation.typeName) === 'FastifyInstance') return true;
  const parent = context.file.parentOf(fn);
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') {
    const declared = parent.id.typeAnnotation?.typeAnnotation;
    if (declared?.type === 'TSTypeReference' && /^FastifyPlugin/.test(typeName(declared.typeName) ?? '')) return true;
  }
  return false;
}

function typeName(node: TSESTree.EntityName): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'TSQualifiedName') return node.right.name;
  return undefined;
}

/** The name a function can be referred to by: its declaration name or the const it is assigned to. */
function functionName(context: AdapterContext, fn: FunctionNode): string | undefined {
  if (fn.type === 'FunctionDeclaration') return fn.id?.name;
  const parent = context.file.parentOf(fn);
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  return undefined;
}

/** `Symbol.for('skip-override')`, the key fastify-plugin sets. */
function isSkipOverrideSymbol(node: Node): boolean {
  const target = unwrap(node);
  if (target.type !== 'CallExpression' || stringLiteral(target.arguments[0]) !== 'skip-override') return false;
  const callee = unwrap(target.callee);
  return callee.type === 'MemberExpression' && memberName(callee) === 'for' && unwrap(callee.object).type === 'Identifier' && (unwrap(callee.object) as TSESTree.Identifier).name === 'Symbol';
}
