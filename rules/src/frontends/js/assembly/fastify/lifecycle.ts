import type { SessionConfigFact } from '../../../../model/facts';
import type { CsrfSurfaceFact } from '../../../../model/lifecycleFacts';
import type { AdapterContext } from '../../adapterContext';
import { memberName, unwrap } from '../../ast';
import { tokenCheck } from '../../adapters/csrfSurface';
import { pluginRegistrations, registrationRange } from '../../fastify/registrations';
import { SECURE_SESSION_PLUGIN, SESSION_PLUGIN } from '../../fastify/modules';
import { findRouteHandlers, type RouteHandler } from '../../lifecycle/routes';
import { rangeOfNode } from '../../optionValues';
import { classifyMiddleware } from '../middleware';
import { csrfSurfaceOf } from '../csrfAssembly';
import { csrfHooks, globalRateLimits, reachesEveryChain, type ScopeEffect } from './effects';
import { joinPath } from '../appModel';
import { encloses, pluginTreeFor, type FastifyPluginTree, type ScopeChain } from './pluginTree';
import { parsesFormBodies, reachableByPlainTextPost } from './simpleRequests';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE', 'ALL']);
/** Files that may register a Fastify route (shorthands or `route({ … })`). */
/** A file that may register a state-changing route: `.post(`, or a typed shorthand `.post<{ Body: … }>(`. */
const ROUTE_TEXT = /\.(post|put|patch|delete|all|route)\s*[(<]/;

/** Whether the package depends on Fastify at all: the plugin tree is only built for Fastify apps. */
function isFastifyApp(context: AdapterContext): boolean {
  const dependencies = context.file.project.dependencies;
  return 'fastify' in dependencies || context.importsAny(['fastify', 'fastify-plugin']);
}

interface ReachedRoute {
  readonly file: string;
  readonly route: RouteHandler;
  readonly chains: readonly ScopeChain[];
}

/** Every Fastify route of the package with the ways it is reached. */
function fastifyRoutes(tree: FastifyPluginTree): ReachedRoute[] {
  return tree.memo('routes', () => collectRoutes(tree));
}

function collectRoutes(tree: FastifyPluginTree): ReachedRoute[] {
  const reached: ReachedRoute[] = [];
  for (const context of tree.filesMatching(ROUTE_TEXT)) {
    for (const route of findRouteHandlers(context)) {
      if (route.framework !== 'fastify' || !route.route || route.node.type !== 'CallExpression') continue;
      reached.push({ file: context.file.fileName, route, chains: tree.chainsOf(context.file.fileName, route.node) });
    }
  }
  return reached;
}

/**
 * The CSRF exposure of a Fastify app assembled across files, judged where its cookie session is
 * registered: every state-changing route of the session's scope (in this file's plugins and in the
 * plugin files registered below it, by import or autoload) that neither a route hook
 * (`onRequest: fastify.csrfProtection`) nor a CSRF hook of an enclosing scope guards, and whose file
 * checks no token itself. Undefined when the plugin tree adds nothing to the one-file judgement
 * (no route of another file is in the session's scope); null when every such route is guarded.
 */
export function fastifyAssembledSurface(context: AdapterContext, session: SessionConfigFact): CsrfSurfaceFact | null | undefined {
  if (!isFastifyApp(context) || !context.file.project.packageSources) return undefined;
  const registration = [...pluginRegistrations(context, SESSION_PLUGIN), ...pluginRegistrations(context, SECURE_SESSION_PLUGIN)].find((r) => registrationRange(r).start === session.range.start);
  if (!registration) return undefined;
  const tree = pluginTreeFor(context);
  const here = context.file.fileName;
  const sessionChains = tree.chainsOf(here, registration.at);
  const inScope = fastifyRoutes(tree).filter((r) => r.chains.some((chain) => sessionChains.some((outer) => encloses(outer, chain))));
  if (!inScope.some((r) => r.file !== here)) return undefined;
  const hooks = tree.memo('csrf-hooks', () => csrfHooks(tree));
  // Without a form-body parser, a forged request is a text/plain POST: only routes that take no object body are reached.
  const formBodies = parsesFormBodies(context);
  const exposed = inScope.filter((r) => r.route.route!.method.split(',').some((m) => UNSAFE.has(m)) && (formBodies || reachableByPlainTextPost(tree.model.contextOf(r.file) ?? context, r.route)) && !guarded(tree, r, hooks));
  if (exposed.length === 0) return null;
  const callee = registration.call ? unwrap(registration.call.callee) : undefined;
  const head = callee && callee.type === 'MemberExpression' && memberName(callee) === 'register' ? rangeOfNode(callee) : session.range;
  const routes = exposed.map((r) => ({ file: r.file, method: r.route.route!.method, path: fullPath(r) ?? r.route.route!.path, range: r.route.route!.pathRange ?? r.route.route!.range }));
  return csrfSurfaceOf(context, session, head, routes, { kind: 'none' }, 'in its plugin scope');
}

function fullPath(route: ReachedRoute): string | undefined {
  const chain = route.chains[0];
  const own = route.route.route?.path;
  if (!chain || chain.prefix === undefined || own === undefined) return undefined;
  return joinPath(chain.prefix, own);
}

function guarded(tree: FastifyPluginTree, reached: ReachedRoute, hooks: readonly ScopeEffect[]): boolean {
  const context = tree.model.contextOf(reached.file);
  if (!context) return true;
  if (reached.route.middleware.some((node) => classifyMiddleware(context, node) === 'csrf')) return true;
  if (reachesEveryChain(hooks, reached.chains, encloses)) return true;
  return tokenCheck(context) !== undefined;
}

/**
 * A Fastify route's path with the prefixes of the plugins it is registered in (`prefix` options,
 * @fastify/autoload folder names): `GET /google/callback` in `routes/auth/index.js` is `/auth/google/callback`.
 * Undefined when the tree gives no literal prefix, or the route is reached in more than one way.
 */
export function fastifyFullPath(context: AdapterContext, route: RouteHandler): string | undefined {
  const own = route.route?.path;
  if (route.framework !== 'fastify' || own === undefined || route.node.type !== 'CallExpression' || !isFastifyApp(context) || !context.file.project.packageSources) return undefined;
  const prefixes = new Set(pluginTreeFor(context).chainsOf(context.file.fileName, route.node).map((chain) => chain.prefix));
  const [prefix] = [...prefixes];
  return prefixes.size === 1 && prefix ? joinPath(prefix, own) : undefined;
}

/**
 * Whether @fastify/rate-limit reaches a Fastify route through the plugin tree: registered (with
 * `global` on) in the route's scope or an enclosing one, on every way the route is reached.
 * Undefined when the tree cannot tell (a way that starts at no known app: a plugin registered out
 * of sight), so the caller's own judgement stands.
 */
export function fastifyRouteRateLimited(context: AdapterContext, route: RouteHandler): boolean | undefined {
  if (route.framework !== 'fastify' || route.node.type !== 'CallExpression' || !isFastifyApp(context) || !context.file.project.packageSources) return undefined;
  const tree = pluginTreeFor(context);
  const chains = tree.chainsOf(context.file.fileName, route.node);
  if (chains.length === 0 || chains.some((chain) => !chain.reachesApp)) return undefined;
  const limits = tree.memo('rate-limits', () => globalRateLimits(tree));
  return chains.every((chain) => limits.some((limit) => limitReaches(limit, chain)));
}

/**
 * Whether every @fastify/rate-limit registration that encloses a route comes too late for it: the route's
 * config.rateLimit (or the global limit) is applied by the plugin's `onRoute` hook, which sees only routes
 * declared after the plugin has loaded, and plugins load in the order they are registered. emma-fastify
 * registers its routes folder (autoload) and then the limiter in the same scope: no route is limited.
 * False when the tree cannot tell or no registration reaches the route.
 */
export function fastifyLimiterTooLate(context: AdapterContext, route: RouteHandler): boolean {
  if (route.framework !== 'fastify' || route.node.type !== 'CallExpression' || !isFastifyApp(context) || !context.file.project.packageSources) return false;
  const tree = pluginTreeFor(context);
  const chains = tree.chainsOf(context.file.fileName, route.node);
  if (chains.length === 0 || chains.some((chain) => !chain.reachesApp)) return false;
  const limits = tree.memo('rate-limits', () => globalRateLimits(tree));
  return chains.every((chain) => {
    const enclosing = limits.filter((limit) => limit.chains.some((outer) => encloses(outer, chain)));
    return enclosing.length > 0 && enclosing.every((limit) => registeredAfterMount(limit, chain));
  });
}

/** A limiter registered in a scope enclosing the route, before the registration that loads the route's plugin. */
function limitReaches(limit: ScopeEffect, chain: ScopeChain): boolean {
  return limit.chains.some((outer) => encloses(outer, chain)) && !registeredAfterMount(limit, chain);
}

/** The limiter registered, in a file on the route's way, after the registration there that leads to the route. */
function registeredAfterMount(limit: ScopeEffect, chain: ScopeChain): boolean {
  const mount = chain.mounts.find((m) => m.file === limit.file);
  return mount !== undefined && mount.range.start < limit.range.start;
}
