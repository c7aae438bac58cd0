import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { stringLiteral, unwrap, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { rangeOfNode } from '../optionValues';
import { controllerMethods, decoratorCall } from './controllerMethods';
import type { RouteHandler } from './routes';

export { decoratorCall } from './controllerMethods';

const NEST_DECORATORS: Readonly<Record<string, string>> = { Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE', All: 'ALL' };
/**
 * Decorators that put guards or limits in front of a handler (class-level ones apply to every method);
 * `RouteConfig` (@nestjs/platform-fastify) carries the route's `config`, where @fastify/rate-limit reads `rateLimit`.
 */
const GUARD_DECORATORS = new Set(['UseGuards', 'Throttle', 'UseInterceptors', 'SkipThrottle', 'RouteConfig']);

/** `'auth'` or `{ path: 'auth' }` in `@Controller(…)`, `@Post(…)`. */
function decoratorPath(argument: Node | undefined): string {
  if (!argument) return '';
  const direct = stringLiteral(argument);
  if (direct !== undefined) return direct;
  const target = unwrap(argument);
  if (target.type !== 'ObjectExpression') return '';
  for (const property of target.properties) {
    if (property.type === 'Property' && property.key.type === 'Identifier' && property.key.name === 'path') return stringLiteral(property.value) ?? '';
  }
  return '';
}

/** The decorators of a Nest handler or its class that put guards or limits in front of it. */
export function guardDecorators(decorators: readonly TSESTree.Decorator[]): Node[] {
  return decorators.filter((d) => GUARD_DECORATORS.has(decoratorCall(d)?.name ?? '')).map((d) => d.expression);
}

/** NestJS: `@Controller('auth') class … { @Post('login') login(@Req() req) {…} }`. */
export function nestHandlers(context: AdapterContext): RouteHandler[] {
  if (!context.importsAny(['@nestjs/common'])) return [];
  const handlers: RouteHandler[] = [];
  for (const { controllerClass, controller, method, decorator } of controllerMethods(context.file.program)) {
    const call = decoratorCall(decorator);
    const verb = call && NEST_DECORATORS[call.name];
    if (!call || !verb) continue;
    const path = `/${[decoratorPath(controller.argument), decoratorPath(call.argument)].filter(Boolean).join('/')}`.replace(/\/+/g, '/');
    handlers.push({
      framework: 'nest',
      // The finding that asks for something on the route (a limiter) sits on its path, as for Express:
      // `'login'` in `@Post('login')`, or the decorator when it names no path.
      route: { method: verb, path, range: rangeOfNode(method.key), pathRange: rangeOfNode(call.argument ?? decorator.expression) },
      node: method,
      middleware: [...guardDecorators(method.decorators), ...guardDecorators(controllerClass.decorators)],
      handler: method.value,
    });
  }
  return handlers;
}
