import { dottedPath, unwrap, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { getEntry } from '../values';
import type { RouteHandler } from './routes';

const LIMITER_MODULES = ['express-rate-limit', 'rate-limiter-flexible', '@fastify/rate-limit', 'fastify-rate-limit', 'express-brute', 'express-slow-down', '@nestjs/throttler', 'express-limiter'];

/**
 * Whether a rate limiter guards a login route: a limiter in the route's middleware, an app-wide
 * limiter or limiter plugin in the same file, a Fastify route `config.rateLimit`, or a Nest
 * `@Throttle()`. Undefined (unknown) when the project uses a limiter this file does not show,
 * because it may be applied where the app is assembled.
 */
export function rateLimitOf(context: AdapterContext, route: RouteHandler): boolean | undefined {
  for (const node of route.middleware) {
    if (isLimiter(context, node)) return true;
    const path = dottedPath(unwrap(node.type === 'CallExpression' ? node.callee : node))?.join('.') ?? '';
    if (/rate-?limit|limiter|throttle|brute/i.test(path)) return true;
  }
  if (route.routeOptions?.kind === 'object') {
    const config = getEntry(route.routeOptions, 'config')?.value;
    if (config?.kind === 'object' && getEntry(config, 'rateLimit')) return true;
  }
  if (context.importsAny(LIMITER_MODULES)) return true;
  if (Object.keys(context.file.project.dependencies).some((d) => LIMITER_MODULES.includes(d))) return undefined;
  return false;
}

function isLimiter(context: AdapterContext, node: Node): boolean {
  const value = context.resolver.resolve(node, context.file);
  const callee = value.kind === 'call' || value.kind === 'instance' ? (value.kind === 'call' ? value.callee : value.of) : undefined;
  return callee?.kind === 'module' && LIMITER_MODULES.includes(callee.module);
}
