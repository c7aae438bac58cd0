import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { RouteInfo } from '../../../model/lifecycleFacts';
import type { TextRange } from '../../../model/range';
import { isFunction, memberName, staticKey, stringLiteral, unwrap, type FunctionNode, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { rangeOfNode } from '../optionValues';
import { getEntry, type JsValue, type ObjectValue } from '../values';
import { declaredRouteObjects, registeredRouteOptions } from './fastifyRouteObjects';
import { findExportedHandlers } from './exportedHandlers';
import { isFastifyRoute, type Framework } from './framework';
import { asFunction } from './handlerFunction';
import { nestHandlers } from './nestRoutes';
import { fastifyDecoratorHandlers } from './fastifyDecoratorRoutes';
import { graphqlMutations } from '../assembly/graphql/resolvers';
import { endpointOptionHandlers } from '../assembly/graphql/endpointOptions';
import type { HandlerParams } from './authEdits';
import { isVueFile } from '../vueScript';
import { isHttpClient } from './httpClients';

export { asFunction };

export type { Framework };

/** One route and the code that handles it. */
export interface RouteHandler {
  readonly framework: Framework;
  /** The route registration; undefined for a handler a controller module exports (its route is elsewhere). */
  readonly route?: RouteInfo;
  /** The exported name of a handler without a route (`login` in `module.exports = { login }`). */
  readonly name?: string;
  readonly nameRange?: TextRange;
  /** The registration call, the decorated method, or the exported function. */
  readonly node: Node;
  /** Middleware and hooks that run before the handler (Express arguments, Fastify preHandler/onRequest). */
  readonly middleware: readonly Node[];
  /** Route-level options (Fastify `{ config: { rateLimit } }`). */
  readonly routeOptions?: JsValue;
  /** The handler function; undefined when the route ends in middleware only (`passport.authenticate('local', …)`). */
  readonly handler: FunctionNode | undefined;
  /** Where the route names a handler it does not define here (`handler: login` imported from `./handlers`). */
  readonly handlerReference?: Node;
  /**
   * A GraphQL mutation: a handler reached through the GraphQL endpoint, named by its field; or the
   * endpoint's options function (`graphqlHTTP((req, res) => …)`), run on every request to it.
   */
  readonly operation?: 'mutation' | 'endpoint';
  /** What the handler calls the request and the session, when its parameters do not say it (a GraphQL context). */
  readonly params?: HandlerParams;
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'head', 'options']);

/**
 * Finds route handlers: Express app/router methods and route() chains, Fastify shorthands and
 * route({…}) (in plugins too), NestJS and fastify-decorators controllers, GraphQL mutations, and handlers a controller module exports.
 */
export function findRouteHandlers(context: AdapterContext): RouteHandler[] {
  const handlers = [...findRegisteredRoutes(context), ...nestHandlers(context), ...fastifyDecoratorHandlers(context)];
  const registered = new Set(handlers.map((h) => h.handler).filter((h): h is FunctionNode => h !== undefined));
  const mutations = [...graphqlMutations(context), ...endpointOptionHandlers(context)].filter((m) => !registered.has(m.handler!));
  for (const mutation of mutations) registered.add(mutation.handler!);
  return [...handlers, ...mutations, ...findExportedHandlers(context, registered)];
}

/**
 * Routes registered in this file (Express and Fastify), without the handlers that have no route of
 * their own (mutations, exported handlers): what the app model's assembly reads, which must not ask
 * the app model back (GraphQL maps composed in other modules are found through it).
 */
export function findRegisteredRoutes(context: AdapterContext): RouteHandler[] {
  const handlers: RouteHandler[] = [];
  // A Vue single-file component runs in the browser: `this.axios.post('/login', data)` there calls a route.
  if (isVueFile(context.file.fileName)) return handlers;
  // The option objects `route()` calls of this file take: a route module's other objects are registered elsewhere.
  const registeredObjects = new Set<Node>();
  for (const call of context.file.calls) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression') continue;
    const method = memberName(callee);
    if (method === 'route' && call.arguments.length === 1 && unwrap(call.arguments[0]!).type === 'ObjectExpression') {
      const options = context.resolver.resolve(call.arguments[0]!, context.file);
      registeredObjects.add(unwrap(call.arguments[0]!));
      const found = options.kind !== 'object' || isHttpClient(context, routeObject(callee)) ? undefined : fastifyRouteObject(context, call, options);
      if (found) handlers.push(found);
      continue;
    }
    // `server.route(signIn)`, `routes.forEach((r) => app.route(r))`: options written apart from the call.
    if (method === 'route' && call.arguments.length === 1) {
      const objects = registeredRouteOptions(context, call.arguments[0]!);
      if (objects.length > 0 && isHttpClient(context, routeObject(callee))) continue;
      for (const options of objects) {
        if (options.node) registeredObjects.add(options.node);
        const found = fastifyRouteObject(context, call, options);
        if (found) handlers.push(found);
      }
      continue;
    }
    if (!method || !METHODS.has(method)) continue;
    const path = routePath(context, call, callee);
    // Only a call shaped like a registration asks whether its object is an HTTP client (a resolution).
    if (path === null || isHttpClient(context, routeObject(callee))) continue;
    const functions: Node[] = [];
    for (const argument of call.arguments.slice(path.fromChain ? 0 : 1)) functions.push(...flattenArray(unwrap(argument)));
    if (functions.length === 0) continue;
    const last = functions[functions.length - 1]!;
    // Fastify's shorthand also takes the handler inside its options: `fastify.get('/cb', { schema, async handler(request, reply) {…} })`.
    const inOptions = functions.length >= 1 && unwrap(last).type === 'ObjectExpression' ? optionsHandler(context, last) : undefined;
    const handler = inOptions ?? wrappedHandler(context, last) ?? asFunction(context, last);
    // A handler defined in another module still makes a route (`router.post('/x', controller.update)`).
    if (!handler && !isPassportAuthenticate(last) && !isReference(last)) continue;
    const framework: Framework = inOptions || isFastifyRoute(context, routeObject(callee), handler) ? 'fastify' : 'express';
    const optionsNode = inOptions ? last : framework === 'fastify' && functions.length >= 2 && unwrap(functions[functions.length - 2]!).type === 'ObjectExpression' ? functions[functions.length - 2] : undefined;
    const routeOptions = optionsNode ? context.resolver.resolve(optionsNode, context.file) : undefined;
    const middleware = (handler ? functions.slice(0, -1) : functions).filter((n) => n !== optionsNode);
    if (routeOptions?.kind === 'object') middleware.push(...hookNodes(routeOptions));
    const verb = method === 'del' ? 'DELETE' : method.toUpperCase();
    const pathNode = path.fromChain ? chainPathNode(callee) : call.arguments[0];
    const handlerReference = handler ? undefined : (optionsHandlerReference(context, last) ?? (isReference(last) ? last : undefined));
    handlers.push({ framework, route: { method: verb, path: path.value, range: rangeOfNode(call), ...(pathNode ? { pathRange: rangeOfNode(pathNode) } : {}) }, node: call, middleware, routeOptions, handler, handlerReference });
  }
  for (const object of declaredRouteObjects(context, registeredObjects, isFastifyPackage(context))) {
    const options = context.resolver.resolve(object, context.file);
    const found = options.kind === 'object' ? fastifyRouteObject(context, object, options) : undefined;
    if (found) handlers.push(found);
  }
  return handlers;
}

/** A file of a package that depends on Fastify, or that imports it. */
function isFastifyPackage(context: AdapterContext): boolean {
  return 'fastify' in context.file.project.dependencies || context.importsAny(['fastify', 'fastify-plugin']);
}

/** The `handler` of a Fastify shorthand's options object, written there as a function (a method or a property). */
function optionsHandler(context: AdapterContext, options: Node): FunctionNode | undefined {
  const value = context.resolver.resolve(options, context.file);
  const entry = value.kind === 'object' ? getEntry(value, 'handler') : undefined;
  if (!entry || entry.file !== context.file) return undefined;
  if (entry.value.kind === 'function' && entry.value.file === context.file) return entry.value.node;
  const written = entry.property && 'value' in entry.property ? entry.property.value : undefined;
  return written && isFunction(unwrap(written)) ? (unwrap(written) as FunctionNode) : undefined;
}

/** `handler: authHandler.login` in a shorthand's options object (`fastify.post('/login', loginOption)`): a handler of another module. */
function optionsHandlerReference(context: AdapterContext, options: Node): Node | undefined {
  if (unwrap(options).type !== 'ObjectExpression' && unwrap(options).type !== 'Identifier') return undefined;
  const value = context.resolver.resolve(options, context.file);
  const entry = value.kind === 'object' ? getEntry(value, 'handler') : undefined;
  return entry?.file === context.file && entry.property?.type === 'Property' && isReference(entry.property.value) ? entry.property.value : undefined;
}

/** The object a route is registered on: `app` in `app.post(…)` and `app.route('/x').post(…)`. */
export function routeObject(callee: TSESTree.MemberExpression): Node {
  let object = unwrap(callee.object);
  while (object.type === 'CallExpression' && unwrap(object.callee).type === 'MemberExpression') object = unwrap((unwrap(object.callee) as TSESTree.MemberExpression).object);
  return object;
}

/** The argument of the `route('/x')` call a chain starts with. */
function chainPathNode(callee: TSESTree.MemberExpression): Node | undefined {
  let object = unwrap(callee.object);
  while (object.type === 'CallExpression' && unwrap(object.callee).type === 'MemberExpression') {
    const inner = unwrap(object.callee) as TSESTree.MemberExpression;
    if (memberName(inner) === 'route') return object.arguments[0];
    object = unwrap(inner.object);
  }
  return undefined;
}

/** The route path of `app.post('/x', …)` or of `app.route('/x').post(…)`; null when the call is not a route. */
function routePath(context: AdapterContext, call: TSESTree.CallExpression, callee: TSESTree.MemberExpression): { value: string | undefined; fromChain: boolean } | null {
  let object = unwrap(callee.object);
  // app.route('/login').get(a).post(b): walk down the chain to the route() call.
  while (object.type === 'CallExpression' && unwrap(object.callee).type === 'MemberExpression') {
    const inner = unwrap(object.callee) as TSESTree.MemberExpression;
    const name = memberName(inner);
    if (name === 'route' && object.arguments.length === 1) {
      return { value: literalPath(context, object.arguments[0]!), fromChain: true };
    }
    if (!name || !METHODS.has(name)) break;
    object = unwrap(inner.object);
  }
  const first = call.arguments[0];
  if (!first || call.arguments.length < 2) return null;
  const target = unwrap(first);
  // `router.post(['/login', '/signin'], …)`: one handler for several paths; the first names the route.
  if (target.type === 'ArrayExpression') {
    const paths = target.elements.map((e) => (e && e.type !== 'SpreadElement' ? literalPath(context, e) : undefined));
    return paths.length > 0 && paths.every((p) => p !== undefined && p.startsWith('/')) ? { value: paths[0], fromChain: false } : null;
  }
  // `map.get(key, fallback)`, `headers.get('x')` and the like are not routes: the path must look like one.
  const value = literalPath(context, first);
  if (value !== undefined) return value.startsWith('/') || value === '*' ? { value, fromChain: false } : null;
  if (target.type === 'Literal' && target.value instanceof RegExp) return { value: undefined, fromChain: false };
  return null;
}

function literalPath(context: AdapterContext, node: Node): string | undefined {
  const direct = stringLiteral(node);
  if (direct !== undefined) return direct;
  const value = context.resolver.resolve(node, context.file);
  return value.kind === 'literal' && typeof value.value === 'string' ? value.value : undefined;
}

function flattenArray(node: Node): Node[] {
  return node.type === 'ArrayExpression' ? node.elements.flatMap((e) => (e && e.type !== 'SpreadElement' ? flattenArray(unwrap(e)) : [])) : [node];
}

/**
 * `asyncHandler(async (req, res) => …)`, `catchAsync(login)`: a wrapper (express-async-handler and
 * the like) around the real handler, its only function argument. passport.authenticate() is not one.
 */
function wrappedHandler(context: AdapterContext, node: Node): FunctionNode | undefined {
  const target = unwrap(node);
  if (target.type !== 'CallExpression' || isPassportAuthenticate(target) || target.arguments.length !== 1) return undefined;
  const inner = asFunction(context, target.arguments[0]!);
  return inner && inner.params.length >= 2 ? inner : undefined;
}

function isReference(node: Node): boolean {
  const target = unwrap(node);
  if (target.type === 'CallExpression') {
    // A handler factory of another module (`router.post('/rest/user/login', login())`, OWASP Juice Shop).
    const callee = unwrap(target.callee);
    return callee.type === 'Identifier' || (callee.type === 'MemberExpression' && !callee.computed);
  }
  return target.type === 'Identifier' || (target.type === 'MemberExpression' && !target.computed);
}

/** `passport.authenticate('local', …)` used as a route's last middleware. */
export function isPassportAuthenticate(node: Node): boolean {
  const target = unwrap(node);
  if (target.type !== 'CallExpression') return false;
  const callee = unwrap(target.callee);
  return callee.type === 'MemberExpression' && memberName(callee) === 'authenticate' && unwrap(callee.object).type === 'Identifier' && (unwrap(callee.object) as TSESTree.Identifier).name === 'passport';
}

export function hookNodes(options: JsValue): Node[] {
  if (options.kind !== 'object') return [];
  const nodes: Node[] = [];
  for (const key of ['onRequest', 'preValidation', 'preHandler']) {
    const entry = getEntry(options, key);
    const property = entry?.property;
    if (property?.type === 'Property') nodes.push(...flattenArray(unwrap(property.value)));
  }
  return nodes;
}

/**
 * `fastify.route({ method: 'POST', url: '/login', preHandler, handler })`, or the options object it registers
 * written elsewhere in this file. `at` is the registering call, or the object itself when this file only
 * declares it (a route module). Only options written in this file: their ranges are this file's.
 */
function fastifyRouteObject(context: AdapterContext, at: TSESTree.CallExpression | TSESTree.ObjectExpression, options: ObjectValue): RouteHandler | undefined {
  const handlerEntry = getEntry(options, 'handler');
  const handlerProperty = handlerEntry?.property;
  if (!handlerProperty || handlerProperty.type !== 'Property' || handlerEntry.file !== context.file) return undefined;
  // A handler from another module (`handler: auth.login`) still makes a route.
  const handler = asFunction(context, handlerProperty.value);
  if (!handler && !isReference(handlerProperty.value)) return undefined;
  const method = getEntry(options, 'method')?.value;
  const urlEntry = getEntry(options, 'url') ?? getEntry(options, 'path');
  const url = urlEntry?.value;
  const verbs = method?.kind === 'literal' ? [String(method.value)] : method?.kind === 'array' ? method.elements.map((e) => (e.kind === 'literal' ? String(e.value) : '?')) : ['?'];
  // A finding about the route (a limiter to add) sits on its path, `url: '/session'`, as on a shorthand's
  // first argument; on the callee when the url is not written in this file.
  const urlProperty = urlEntry?.file === context.file && urlEntry.property?.type === 'Property' ? urlEntry.property.value : undefined;
  const head = at.type === 'CallExpression' ? at.callee : at;
  return {
    framework: 'fastify',
    route: { method: verbs.join(',').toUpperCase(), path: url?.kind === 'literal' && typeof url.value === 'string' ? url.value : undefined, range: rangeOfNode(at), pathRange: rangeOfNode(urlProperty ?? head) },
    node: at,
    middleware: hookNodes(options),
    routeOptions: options,
    handler,
    handlerReference: handler ? undefined : handlerProperty.value,
  };
}

export function propertyKeyName(property: TSESTree.Property): string | undefined {
  return staticKey(property.key, property.computed);
}
