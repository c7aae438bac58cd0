import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { stringLiteral, unwrap, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { rangeOfNode } from '../optionValues';
import type { JsValue } from '../values';
import { controllerMethods, decoratorCall } from './controllerMethods';
import { hookNodes, type RouteHandler } from './routes';
import { joinRouteSegments } from '../../../routePaths';

const DECORATORS_MODULE = 'fastify-decorators';
const VERBS: Readonly<Record<string, string>> = { GET: 'GET', POST: 'POST', PUT: 'PUT', PATCH: 'PATCH', DELETE: 'DELETE', ALL: 'ALL', HEAD: 'HEAD', OPTIONS: 'OPTIONS' };

/** What a method decorator says: `@POST('/login', options)` or `@POST({ url: 'login', options })`. */
interface DecoratedRoute {
  readonly path: string;
  /** The url's node (where a finding about the route goes), or the decorator when it names none. */
  readonly pathNode: Node;
  /** The route's shorthand options (`preHandler`, `config: { rateLimit }`) as written. */
  readonly options: Node | undefined;
}

/** `'/api/user/'` of `@Controller('/api/user/')` or `@Controller({ route: '/api/user/' })`. */
function controllerRoute(argument: Node | undefined): string {
  if (!argument) return '';
  const direct = stringLiteral(argument);
  if (direct !== undefined) return direct;
  return stringLiteral(propertyValue(argument, 'route')) ?? '';
}

function propertyValue(node: Node, key: string): Node | undefined {
  const target = unwrap(node);
  if (target.type !== 'ObjectExpression') return undefined;
  for (const property of target.properties) {
    if (property.type === 'Property' && !property.computed && property.key.type === 'Identifier' && property.key.name === key) return property.value;
  }
  return undefined;
}

function decoratedRoute(decorator: TSESTree.Decorator): (DecoratedRoute & { verb: string }) | undefined {
  const call = decoratorCall(decorator);
  const verb = call && VERBS[call.name];
  if (!call || !verb) return undefined;
  const expression = unwrap(decorator.expression) as TSESTree.CallExpression;
  const [first, second] = expression.arguments;
  // The url defaults to '/' (fastify-decorators' Request Handlers documentation).
  if (!first) return { verb, path: '/', pathNode: decorator.expression, options: undefined };
  const literal = stringLiteral(first);
  if (literal !== undefined) return { verb, path: literal, pathNode: first, options: second };
  const url = propertyValue(first, 'url');
  return { verb, path: (url && stringLiteral(url)) ?? '/', pathNode: url ?? first, options: propertyValue(first, 'options') };
}

/**
 * fastify-decorators controllers: `@Controller({ route: '/api/user/' }) class … { @POST({ url: 'login',
 * options: { preHandler } }) async login(request, reply) {…} }`. Each decorated method is a Fastify
 * route whose handler receives Fastify's request and reply; its options are the route's shorthand
 * options (hooks, `config.rateLimit`). The controllers are loaded by `bootstrap({ directory, mask })`,
 * which the plugin tree does not follow: the route's limiter is judged as for a route registered out of sight.
 */
export function fastifyDecoratorHandlers(context: AdapterContext): RouteHandler[] {
  if (!context.importsAny([DECORATORS_MODULE])) return [];
  const handlers: RouteHandler[] = [];
  for (const { controller, method, decorator } of controllerMethods(context.file.program)) {
    const route = decoratedRoute(decorator);
    if (!route) continue;
    const routeOptions: JsValue | undefined = route.options ? context.resolver.resolve(route.options, context.file) : undefined;
    handlers.push({
      framework: 'fastify',
      route: { method: route.verb, path: joinRouteSegments(controllerRoute(controller.argument), route.path), range: rangeOfNode(method.key), pathRange: rangeOfNode(route.pathNode) },
      node: method,
      middleware: routeOptions ? hookNodes(routeOptions) : [],
      routeOptions,
      handler: method.value,
    });
  }
  return handlers;
}

