import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { childrenOf, dottedPath, isFunction, memberName, unwrap, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { getEntry, type JsValue } from '../values';
import { appModelFor } from '../assembly/appModel';
import { guardedOnEveryChain, reachOf } from '../assembly/routeContext';
import { fastifyLimiterTooLate, fastifyRouteRateLimited } from '../assembly/fastify/lifecycle';
import { asFunction, referencedHandler } from './handlerFunction';
import { appDefinesLockout, handlerCountsAttempts } from './lockout';
import { nestAppWideLimiter, type NestRouteTarget } from '../assembly/nest/throttler';
import { controllerMethods } from './controllerMethods';
import type { RouteHandler } from './routes';

const LIMITER_MODULES = ['express-rate-limit', 'rate-limiter-flexible', '@fastify/rate-limit', 'fastify-rate-limit', 'express-brute', 'express-slow-down', '@nestjs/throttler', 'express-limiter'];
const FASTIFY_LIMITERS = ['@fastify/rate-limit', 'fastify-rate-limit'];
const LIMITER_NAME = /rate-?limit|limiter|throttle|brute|slow-?down/i;

/**
 * Whether a rate limiter guards a login route: a limiter in the route's middleware, an app-wide
 * limiter (`app.use(limiter)`, a registered @fastify/rate-limit unless `global: false`), a
 * Fastify route `config.rateLimit`, or a Nest `@Throttle()` / `ThrottlerGuard`, on the route or bound
 * for the whole app (`APP_GUARD`; `@SkipThrottle()` turns it off). Undefined (unknown) when the project uses a limiter this file does not show,
 * because it may be applied where the app is assembled.
 */
export function rateLimitOf(context: AdapterContext, route: RouteHandler): boolean | undefined {
  if (route.middleware.some((node) => decoratorName(node) === 'SkipThrottle')) return false;
  if (route.middleware.some((node) => appliesLimiter(context, node))) return true;
  // `await loginLimiter.consume(req.ip)` inside the handler, or a lockout counter it calls.
  if (route.handler && (referencesLimiter(context, route.handler.body) || handlerCountsAttempts(route.handler.body))) return true;
  // A handler of another module (`handler: login` imported from `./handlers`) that counts failed attempts itself.
  const elsewhere = route.handler ? undefined : referencedHandler(context, route.handlerReference);
  if (elsewhere && handlerCountsAttempts(elsewhere.body)) return true;
  // The app keeps an account-lockout counter: it may guard this login out of sight (in the password
  // check a passport strategy calls, in a service): unknown.
  if (appDefinesLockout(context)) return undefined;
  // Nest on Fastify: `@RouteConfig({ rateLimit: {…} })` is the route's `config`, read by @fastify/rate-limit.
  const nestConfig = route.framework === 'nest' ? nestRouteConfigRateLimit(context, route) : undefined;
  if (nestConfig !== undefined) return nestConfig;
  if (route.routeOptions?.kind === 'object') {
    const config = getEntry(route.routeOptions, 'config')?.value;
    const rateLimit = config?.kind === 'object' ? getEntry(config, 'rateLimit')?.value : undefined;
    // The plugin applies it only to routes declared after it has loaded (fastifyLimiterTooLate).
    if (rateLimit) return !(rateLimit.kind === 'literal' && rateLimit.value === false) && !fastifyLimiterTooLate(context, route);
  }
  // An Express route: a limiter mounted before it on its path, anywhere on the way down from the app
  // (`app.use('/rest/user/reset-password', limiter)` guards no other route).
  if (route.framework === 'express' && route.route) {
    const reach = reachOf(context, route.node, route.route.path);
    // The app model's walk ran out of the file's budget: what is mounted before the route is unknown.
    if (context.file.budget.exhausted) return undefined;
    if (reach && guardedOnEveryChain(reach, ['rate-limit'])) return true;
    if (reach) return false;
  }
  // A Nest route: @nestjs/throttler's guard bound for the whole app, or a limiter mounted in main.ts.
  if (route.framework === 'nest' && nestAppWideLimiter(context, nestTarget(context, route), appliesLimiter)) return true;
  if (context.importsAny(LIMITER_MODULES)) {
    const { fileWide } = fileLimiters(context);
    if (fileWide !== undefined) return fileWide;
  }
  // A Fastify route: @fastify/rate-limit registered for the whole app in a file of the package
  // (the root, as its docs do it). Encapsulation is not modelled yet: a registration in a sibling
  // plugin is taken to cover this route too.
  // A Fastify route reached through the plugin tree: a limiter registered in its scope or above it.
  const modelled = fastifyRouteRateLimited(context, route);
  if (modelled !== undefined) return modelled;
  // A Nest app on Fastify registers it on the Fastify instance under the app (`app.register(fastifyRateLimit,
  // { global: true })`, `app.getHttpAdapter().getInstance().register(…)`): the same root scope.
  if ((route.framework === 'fastify' || route.framework === 'nest') && !context.importsAny(FASTIFY_LIMITERS)) {
    const model = appModelFor(context);
    if (model.someFile('fastify-global-rate-limit', /@fastify\/rate-limit|fastify-rate-limit/, (other) => other.importsAny(FASTIFY_LIMITERS) && fileWideLimiter(other) === true, context.file.budget)) return true;
  }
  // A limiter this file creates but puts only on other routes does not guard this one; one it
  // exports may be applied where the app is assembled, out of sight. A limiter the project merely
  // lists in package.json guards nothing.
  if (context.importsAny(LIMITER_MODULES)) return fileLimiters(context).staysInFile ? false : undefined;
  return false;
}

/** `rateLimit` in `@RouteConfig({ rateLimit: … })`: false when it turns the limit off, undefined when absent. */
function nestRouteConfigRateLimit(context: AdapterContext, route: RouteHandler): boolean | undefined {
  for (const node of route.middleware) {
    const target = unwrap(node);
    if (target.type !== 'CallExpression' || decoratorName(target) !== 'RouteConfig' || !target.arguments[0]) continue;
    const config = context.resolver.resolve(target.arguments[0], context.file);
    const rateLimit = config.kind === 'object' ? getEntry(config, 'rateLimit')?.value : undefined;
    if (rateLimit) return !(rateLimit.kind === 'literal' && rateLimit.value === false);
  }
  return undefined;
}

/** The Nest route as a `MiddlewareConsumer` names it: path, verb and the controller class that holds it. */
function nestTarget(context: AdapterContext, route: RouteHandler): NestRouteTarget {
  let controller: string | undefined;
  for (const { controllerClass, method } of controllerMethods(context.file.program)) {
    if (method === route.node) controller = controllerClass.id?.name;
  }
  return { path: route.route?.path, method: route.route?.method, controller };
}

function decoratorName(node: Node): string | undefined {
  const target = unwrap(node);
  const callee = target.type === 'CallExpression' ? unwrap(target.callee) : target;
  return callee.type === 'Identifier' ? callee.name : undefined;
}

function isLimiterValue(value: JsValue): boolean {
  const callee = value.kind === 'call' ? value.callee : value.kind === 'instance' ? value.of : value.kind === 'module' ? value : undefined;
  return callee?.kind === 'module' && LIMITER_MODULES.includes(callee.module);
}

/** A limiter middleware, a call of one, or a function of this file that consumes a limiter. */
export function appliesLimiter(context: AdapterContext, node: Node): boolean {
  const target = unwrap(node);
  if (isLimiterValue(context.resolver.resolve(target, context.file))) return true;
  const path = dottedPath(target.type === 'CallExpression' ? target.callee : target)?.join('.') ?? '';
  if (LIMITER_NAME.test(path)) return true;
  // `@UseGuards(ThrottlerGuard)`, `guard(limiter)`, and a guard of the app named as a limiter (`@UseGuards(GqlThrottlerGuard)`, whose class extends ThrottlerGuard).
  if (target.type === 'CallExpression' && target.arguments.some((a) => isLimiterValue(context.resolver.resolve(a, context.file)) || LIMITER_NAME.test(dottedPath(a)?.join('.') ?? ''))) return true;
  const fn = isFunction(target) ? target : asFunction(context, target);
  return fn !== undefined && referencesLimiter(context, fn.body);
}

function referencesLimiter(context: AdapterContext, root: Node): boolean {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'MemberExpression' && node.object.type === 'Identifier' && isLimiterValue(context.resolver.resolve(node.object, context.file))) return true;
    stack.push(...childrenOf(node));
  }
  return false;
}

/** Per file analysis: both answers walk the whole file, and a file can have many login routes. */
const fileLimiterCache = new WeakMap<AdapterContext, { fileWide: boolean | undefined; staysInFile: boolean }>();

function fileLimiters(context: AdapterContext): { fileWide: boolean | undefined; staysInFile: boolean } {
  let cached = fileLimiterCache.get(context);
  if (!cached) {
    const fileWide = fileWideLimiter(context);
    cached = { fileWide, staysInFile: fileWide === undefined && limitersStayInFile(context) };
    fileLimiterCache.set(context, cached);
  }
  return cached;
}

/**
 * A limiter applied to the whole app in this file: `app.use(limiter)`, `app.use('/auth', limiter)`,
 * `fastify.register(rateLimit, {…})`. False for `register(rateLimit, { global: false })`, which
 * limits only the routes that ask for it. Undefined when the file applies none.
 */
function fileWideLimiter(context: AdapterContext): boolean | undefined {
  let found: boolean | undefined;
  for (const call of context.file.calls) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression') continue;
    const method = memberName(callee);
    if (method === 'use' && call.arguments.some((argument) => appliesLimiter(context, argument))) return true;
    if (method === 'register' && call.arguments[0]) {
      const plugin = context.moduleOf(call.arguments[0]);
      if (!plugin || !FASTIFY_LIMITERS.includes(plugin.module)) continue;
      const options = call.arguments[1] ? context.resolver.resolve(call.arguments[1], context.file) : undefined;
      const global = options?.kind === 'object' ? getEntry(options, 'global')?.value : undefined;
      found = !(global?.kind === 'literal' && global.value === false);
    }
  }
  return found;
}

/** True when every limiter the file creates is used only here (not exported for the app to apply). */
function limitersStayInFile(context: AdapterContext): boolean {
  for (const statement of context.file.program.body) {
    if (statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration') {
      if (statement.declaration && referencesLimiterDeclaration(context, statement.declaration)) return false;
    }
    if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
      const left = dottedPath(statement.expression.left)?.join('.') ?? '';
      if ((left.startsWith('module.exports') || left.startsWith('exports.')) && referencesLimiterDeclaration(context, statement.expression.right)) return false;
    }
  }
  return true;
}

function referencesLimiterDeclaration(context: AdapterContext, root: Node): boolean {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'Identifier' && isLimiterValue(context.resolver.resolve(node, context.file))) return true;
    if (node.type === 'CallExpression' && isLimiterValue(context.resolver.resolve(node as TSESTree.CallExpression, context.file))) return true;
    stack.push(...childrenOf(node));
  }
  return false;
}
