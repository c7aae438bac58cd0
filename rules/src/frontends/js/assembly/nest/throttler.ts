import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { memberName, staticKey, stringLiteral, unwrap, walk, type Node } from '../../ast';
import type { AdapterContext } from '../../adapterContext';
import { appModelFor, layerApplies } from '../appModel';

/** Files that can bind a limiter for a whole Nest app: a global guard, or a limiter middleware in main.ts. */
const HINT = /APP_GUARD|useGlobalGuards|NestFactory/;
/** `ThrottlerGuard`, and the app's own subclasses (`ThrottlerBehindProxyGuard`, `CustomThrottlerGuard`); string tests, no backtracking. */
const isThrottlerGuard = (name: string | undefined): boolean => name !== undefined && name.endsWith('Guard') && name.includes('Throttler');

/**
 * Whether a Nest app limits every route: @nestjs/throttler's guard bound globally
 * (`{ provide: APP_GUARD, useClass: ThrottlerGuard }` in a module's providers, `app.useGlobalGuards(new ThrottlerGuard(…))`),
 * or an Express limiter mounted on the app in main.ts (`app.use(rateLimit({…}))`). `ThrottlerModule.forRoot()`
 * alone binds no guard, so it limits nothing. Asked once per app model.
 */
export function nestAppWideLimiter(context: AdapterContext, routePath: string | undefined, appliesLimiter: (context: AdapterContext, node: Node) => boolean): boolean {
  const model = appModelFor(context);
  if (model.someFile('nest-global-throttler', HINT, bindsGlobalThrottler, context.file.budget)) return true;
  return model.someFile(`nest-limiter-mounted-on:${routePath ?? ''}`, HINT, (file) => mountsLimiter(file, routePath, appliesLimiter), context.file.budget);
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
 * `app.use(rateLimit({…}))` on the app `NestFactory.create()` returns (main.ts), on a path that covers
 * the route (`app.use('/auth/login', limiter)` guards that route only; a global prefix is not modelled).
 */
function mountsLimiter(context: AdapterContext, routePath: string | undefined, appliesLimiter: (context: AdapterContext, node: Node) => boolean): boolean {
  if (!context.importsAny(['@nestjs/core'])) return false;
  return context.file.calls.some((call) => {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression' || memberName(callee) !== 'use' || !call.arguments.some((argument) => appliesLimiter(context, argument))) return false;
    const first = call.arguments[0];
    const mountPath = first ? stringLiteral(first) : undefined;
    return mountPath === undefined || layerApplies(mountPath, routePath);
  });
}
