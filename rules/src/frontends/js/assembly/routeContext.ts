import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { RelatedLocation } from '../../../model/facts';
import type { AdapterContext } from '../adapterContext';
import { memberName, unwrap, type Node } from '../ast';
import { appModelFor, layerApplies, type Chain, type Layer } from './appModel';
import { objectKey } from './fileAssembly';
import type { MiddlewareKind } from './middleware';

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'head', 'options']);

/** How a route of this file is reached from its app: the route's full path and what runs before it. */
export interface RouteReach {
  readonly chains: readonly Chain[];
  readonly fullPaths: readonly (string | undefined)[];
}

/** The object a route is registered on (`router` in `router.route('/x').post(…)`). */
function registeredOn(call: TSESTree.CallExpression): Node | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression') return undefined;
  let object = unwrap(callee.object);
  while (object.type === 'CallExpression' && unwrap(object.callee).type === 'MemberExpression') {
    const name = memberName(unwrap(object.callee) as TSESTree.MemberExpression);
    if (name !== 'route' && !(name && ROUTE_METHODS.has(name))) break;
    object = unwrap((unwrap(object.callee) as TSESTree.MemberExpression).object);
  }
  return object;
}

/**
 * The ways an Express route registered in this file is reached from an app root (through the
 * files that mount its router or call its factory); undefined when no app is found above it.
 */
export function reachOf(context: AdapterContext, registration: Node, routePath: string | undefined): RouteReach | undefined {
  if (registration.type !== 'CallExpression') return undefined;
  const object = registeredOn(registration);
  const key = object && objectKey(context, object);
  if (!key) return undefined;
  const model = appModelFor(context);
  const chains = model.chainsTo(context.file.fileName, key);
  if (chains.length === 0) return undefined;
  // Middleware mounted on the route's own router before the route, in this file.
  const withLocal = chains.map((chain) => ({ ...chain, layers: [...chain.layers, ...model.layersBefore(context.file.fileName, key, registration.range[0], chain.prefix)] }));
  const fullPaths = withLocal.map((chain) => (chain.prefix === undefined || routePath === undefined ? undefined : joinRoute(chain.prefix, routePath)));
  return { chains: withLocal, fullPaths };
}

function joinRoute(prefix: string, path: string): string {
  const head = prefix.replace(/\/+$/, '');
  return head + (path.startsWith('/') ? path : `/${path}`) || '/';
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
