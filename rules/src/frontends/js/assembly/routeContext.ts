import type { RelatedLocation } from '../../../model/facts';
import type { SessionStorage } from '../../../model/lifecycleFacts';
import type { AdapterContext } from '../adapterContext';
import { unwrap, type Node } from '../ast';
import { routeObject } from '../lifecycle/routes';
import { appModelFor, joinPath, layerApplies, type Chain, type Layer } from './appModel';
import { objectKey } from './fileAssembly';
import type { MiddlewareKind } from './middleware';


/** How a route of this file is reached from its app: the route's full path and what runs before it. */
export interface RouteReach {
  readonly chains: readonly Chain[];
  readonly fullPaths: readonly (string | undefined)[];
}

/**
 * The ways an Express route registered in this file is reached from an app root (through the
 * files that mount its router or call its factory); undefined when no app is found above it.
 * Partial once the file's budget is spent (`context.file.budget.exhausted`): callers answer unknown.
 */
export function reachOf(context: AdapterContext, registration: Node, routePath: string | undefined): RouteReach | undefined {
  if (registration.type !== 'CallExpression') return undefined;
  const callee = unwrap(registration.callee);
  const key = callee.type === 'MemberExpression' ? objectKey(context, routeObject(callee)) : undefined;
  if (!key) return undefined;
  const model = appModelFor(context);
  const budget = context.file.budget;
  const chains = model.chainsTo(context.file.fileName, key, budget);
  if (chains.length === 0) return undefined;
  // Middleware mounted on the route's own router before the route, in this file.
  const withLocal = chains.map((chain) => ({ ...chain, layers: [...chain.layers, ...model.layersBefore(context.file.fileName, key, registration.range[0], chain.prefix, budget)] }));
  const fullPaths = withLocal.map((chain) => (chain.prefix === undefined || routePath === undefined ? undefined : joinPath(chain.prefix, routePath)));
  return { chains: withLocal, fullPaths };
}

/** True when every way to the route passes a middleware of one of these kinds mounted on its path. */
export function guardedOnEveryChain(reach: RouteReach, kinds: readonly MiddlewareKind[]): boolean {
  return reach.chains.every((chain, i) => chain.layers.some((layer) => kinds.includes(layer.kind) && layerApplies(layer.path, reach.fullPaths[i])));
}

export function guardingLayer(reach: RouteReach, kinds: readonly MiddlewareKind[]): Layer | undefined {
  for (const [i, chain] of reach.chains.entries()) {
    const found = chain.layers.find((layer) => kinds.includes(layer.kind) && layerApplies(layer.path, reach.fullPaths[i]));
    if (found) return found;
  }
  return undefined;
}

/**
 * Where the sessions of an Express route are kept, from the session middleware mounted above it on every way
 * from its app (`app.use(cookieSession(…))` in app.js for a route of routes/index.js): 'cookie' when each is
 * cookie-session, 'server' when none is; undefined when the way is unknown or they differ.
 */
export function sessionStorageOnRoute(context: AdapterContext, registration: Node, routePath: string | undefined): SessionStorage | undefined {
  const reach = reachOf(context, registration, routePath);
  if (!reach || context.file.budget.exhausted) return undefined;
  const sessions = reach.chains.flatMap((chain, i) => chain.layers.filter((layer) => layer.kind === 'session' && layerApplies(layer.path, reach.fullPaths[i])));
  if (sessions.length === 0) return undefined;
  if (sessions.every((layer) => layer.cookieOnly)) return 'cookie';
  return sessions.some((layer) => layer.cookieOnly) ? undefined : 'server';
}

/** The mounts that lead to a route from its app, as related information (in other files). */
export function mountsAsRelated(context: AdapterContext, reach: RouteReach): RelatedLocation[] {
  const chain = reach.chains[0];
  if (!chain) return [];
  return chain.mounts.map((mount) => ({
    message: mount.file === context.file.fileName ? 'The router is mounted here.' : 'The router of this route is mounted here.',
    range: mount.range,
    ...(mount.file === context.file.fileName ? {} : { file: mount.file }),
  }));
}

/**
 * An Express route's path as the app serves it, when its own path names nothing: `router.post('/', …)` in
 * `routes/login.js`, mounted with `app.use('/login', loginRoutes)`, is `POST /login`. Undefined unless every way to the route gives the
 * same path (the route's own path then stands), or when the model's walk ran out of the file's budget.
 */
export function expressFullPath(context: AdapterContext, registration: Node, routePath: string | undefined): string | undefined {
  if (routePath === undefined || !context.file.project.packageSources) return undefined;
  // A path that names its segments (`/users/:id`) already says what the route is, and the walk has a cost.
  if (routePath.split('/').some((segment) => segment !== '' && !segment.startsWith(':'))) return undefined;
  const reach = reachOf(context, registration, routePath);
  if (!reach || context.file.budget.exhausted) return undefined;
  const paths = new Set(reach.fullPaths);
  const [only] = [...paths];
  return paths.size === 1 && only !== undefined && only !== routePath ? only : undefined;
}
