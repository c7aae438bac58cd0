import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { memberName, staticKey, stringLiteral, unwrap, walk, type Node } from '../../ast';
import type { AdapterContext } from '../../adapterContext';
import { appModelFor, layerApplies } from '../appModel';

/**
 * Files that can bind a limiter for a whole Nest app: a global guard, a limiter middleware in main.ts or in
 * a set-up function handed the app (`setupApp(app: INestApplication)`), or a module's `MiddlewareConsumer`.
 */
const HINT = /APP_GUARD|useGlobalGuards|NestFactory|INestApplication|Nest(?:Express|Fastify)Application|forRoutes/;
const NEST_PACKAGES = ['@nestjs/core', '@nestjs/common', '@nestjs/platform-express', '@nestjs/platform-fastify'];

/** The route a limiter is asked for: its full path, verb and controller class. */
export interface NestRouteTarget {
  readonly path: string | undefined;
  readonly method: string | undefined;
  readonly controller: string | undefined;
}
/** `ThrottlerGuard`, and the app's own subclasses (`ThrottlerBehindProxyGuard`, `CustomThrottlerGuard`); string tests, no backtracking. */
const isThrottlerGuard = (name: string | undefined): boolean => name !== undefined && name.endsWith('Guard') && name.includes('Throttler');

/**
 * Whether a Nest app limits every route: @nestjs/throttler's guard bound globally
 * (`{ provide: APP_GUARD, useClass: ThrottlerGuard }` in a module's providers, `app.useGlobalGuards(new ThrottlerGuard(…))`),
 * or an Express limiter mounted on the app in main.ts (`app.use(rateLimit({…}))`). `ThrottlerModule.forRoot()`
 * alone binds no guard, so it limits nothing. Asked once per app model.
 */
export function nestAppWideLimiter(context: AdapterContext, route: NestRouteTarget, appliesLimiter: (context: AdapterContext, node: Node) => boolean): boolean {
  const model = appModelFor(context);
  if (model.someFile('nest-global-throttler', HINT, bindsGlobalThrottler, context.file.budget)) return true;
  const question = `nest-limiter-mounted-on:${route.method ?? ''} ${route.path ?? ''} ${route.controller ?? ''}`;
  return model.someFile(question, HINT, (file) => mountsLimiter(file, route, appliesLimiter), context.file.budget);
}

function bindsGlobalThrottler(context: AdapterContext): boolean {
  let found = false;
  walk(context.file.program, (node) => {
    if (found) return;
    if (node.type === 'ObjectExpression') found = isGlobalThrottlerProvider(node);
    else if (node.type === 'CallExpression') {
      const callee = unwrap(node.callee);
      found = callee.type === 'MemberExpression' && memberName(callee) === 'useGlobalGuards' && node.arguments.some((a) => isThrottlerGuard(guardName(a)));
    }
  });
  return found;
}

/** `{ provide: APP_GUARD, useClass: ThrottlerGuard }`. */
function isGlobalThrottlerProvider(object: TSESTree.ObjectExpression): boolean {
  const value = (key: string): Node | undefined => {
    const property = object.properties.find((p): p is TSESTree.Property => p.type === 'Property' && staticKey(p.key, p.computed) === key);
    return property ? unwrap(property.value) : undefined;
  };
  const provide = value('provide');
  const useClass = value('useClass');
  return provide?.type === 'Identifier' && provide.name === 'APP_GUARD' && useClass !== undefined && isThrottlerGuard(guardName(useClass));
}

function guardName(node: Node): string | undefined {
  const target = unwrap(node);
  if (target.type === 'Identifier') return target.name;
  if (target.type === 'NewExpression' && unwrap(target.callee).type === 'Identifier') return (unwrap(target.callee) as TSESTree.Identifier).name;
  return undefined;
}

/**
 * `app.use(rateLimit({…}))` on the app `NestFactory.create()` returns (main.ts, or a set-up function handed
 * the app), on a path that covers the route (`app.use('/auth/login', limiter)` guards that route only; a
 * global prefix is not modelled); or `consumer.apply(limiter).forRoutes(…)` in a module's `configure()`.
 */
function mountsLimiter(context: AdapterContext, route: NestRouteTarget, appliesLimiter: (context: AdapterContext, node: Node) => boolean): boolean {
  if (!context.importsAny(NEST_PACKAGES)) return false;
  return context.file.calls.some((call) => {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression') return false;
    const method = memberName(callee);
    if (method === 'forRoutes') return consumerLimits(context, call, route, appliesLimiter);
    if (method !== 'use' || !call.arguments.some((argument) => appliesLimiter(context, argument))) return false;
    const first = call.arguments[0];
    const mountPath = first ? stringLiteral(first) : undefined;
    return mountPath === undefined || layerApplies(mountPath, route.path);
  });
}

/**
 * `consumer.apply(limiter, …).exclude(…).forRoutes(…)`: the limiter runs on the routes `forRoutes` names
 * (`'*'`, `'auth/*'`, `{ path, method }`, a controller class) unless `exclude` takes this one out.
 */
function consumerLimits(context: AdapterContext, forRoutes: TSESTree.CallExpression, route: NestRouteTarget, appliesLimiter: (context: AdapterContext, node: Node) => boolean): boolean {
  let applied = false;
  let excluded = false;
  let link = unwrap((unwrap(forRoutes.callee) as TSESTree.MemberExpression).object);
  while (link.type === 'CallExpression') {
    const callee = unwrap(link.callee);
    if (callee.type !== 'MemberExpression') break;
    const name = memberName(callee);
    if (name === 'apply') applied = link.arguments.some((argument) => appliesLimiter(context, argument));
    else if (name === 'exclude') excluded = link.arguments.some((argument) => routeSpecCovers(argument, route));
    link = unwrap(callee.object);
  }
  return applied && !excluded && forRoutes.arguments.some((argument) => routeSpecCovers(argument, route));
}

/** Whether one `forRoutes`/`exclude` argument names the route: a path (with `*` or `(.*)` wildcards), `{ path, method }`, or its controller. */
function routeSpecCovers(argument: Node, route: NestRouteTarget): boolean {
  const target = unwrap(argument);
  if (target.type === 'Identifier') return route.controller !== undefined && target.name === route.controller;
  if (target.type === 'ObjectExpression') {
    let path: string | undefined;
    let verb: string | undefined;
    for (const property of target.properties) {
      if (property.type !== 'Property') continue;
      const key = staticKey(property.key, property.computed);
      const value = unwrap(property.value);
      if (key === 'path') path = stringLiteral(value);
      // `RequestMethod.POST`; ALL (and anything unread) covers every verb.
      if (key === 'method' && value.type === 'MemberExpression') verb = memberName(value);
    }
    if (verb !== undefined && verb !== 'ALL' && route.method !== undefined && route.method !== 'ALL' && verb !== route.method) return false;
    return path !== undefined && pathCovers(path, route.path);
  }
  const path = stringLiteral(target);
  return path !== undefined && pathCovers(path, route.path);
}

function pathCovers(spec: string, routePath: string | undefined): boolean {
  const trimmed = spec.replace(/^\/+/, '');
  // `*`, `(.*)`, `{*splat}` (path-to-regexp 8), and `auth/*`: the prefix before the wildcard.
  const wildcard = ['*', '(.*)', '{*splat}'].find((tail) => trimmed.endsWith(tail));
  const prefix = wildcard ? trimmed.slice(0, trimmed.length - wildcard.length) : trimmed;
  let end = prefix.length;
  while (end > 0 && prefix[end - 1] === '/') end--;
  return layerApplies(`/${prefix.slice(0, end)}`, routePath);
}
