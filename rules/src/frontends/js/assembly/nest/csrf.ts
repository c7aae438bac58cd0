import type { SessionConfigFact } from '../../../../model/facts';
import type { CsrfSurfaceFact, RouteInfo } from '../../../../model/lifecycleFacts';
import { dottedPath, memberName, unwrap } from '../../ast';
import type { AdapterContext } from '../../adapterContext';
import { defenceOf, tokenCheck } from '../../adapters/csrfSurface';
import { nestHandlers } from '../../lifecycle/nestRoutes';
import { appModelFor } from '../appModel';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE', 'ALL']);
const CSRF_MODULES = /['"](?:csurf|@dr\.pogodin\/csurf|csrf-csrf|csrf-sync|lusca|tiny-csrf)['"]/;

/**
 * The CSRF exposure of a NestJS app whose bootstrap (main.ts: `NestFactory.create(AppModule)`) mounts a
 * cookie session with `app.use(session(…))`: every state-changing route of the package's controllers
 * is served after it. The defence can sit in main.ts (`app.use(csurf())`, `app.use(doubleCsrfProtection)`),
 * in a module's `configure(consumer) { consumer.apply(…).forRoutes(…) }`, or in code that checks a
 * token (a guard, a middleware, the controller). Undefined when this file bootstraps no Nest app;
 * null when it does and nothing is exposed.
 */
export function nestCsrfSurface(context: AdapterContext, session: SessionConfigFact): CsrfSurfaceFact | null | undefined {
  if (!context.importsAny(['@nestjs/core']) || !bootstrapsNest(context)) return undefined;
  const defence = defenceOf(context);
  if (defence.kind !== 'none' && defence.kind !== 'disabled') return null;
  const model = appModelFor(context);
  const others = model.filesWith(/@Controller\(|CSRF|csrf|xsrf/i).filter((file) => file !== context.file.fileName);
  const contexts = others.flatMap((file) => model.contextOf(file) ?? []);
  // A CSRF middleware a module applies, or a token check anywhere in the app (a guard, a middleware).
  if (defence.kind === 'none' && contexts.some((other) => (CSRF_MODULES.test(other.file.text) && appliesMiddleware(other)) || tokenCheck(other) !== undefined)) return null;
  const exposed = contexts.flatMap((other) =>
    nestHandlers(other)
      .filter((h) => h.route !== undefined && h.route.method.split(',').some((m) => UNSAFE.has(m)))
      .map((h) => ({ file: other.file.fileName, route: h.route! })),
  );
  if (exposed.length === 0 && defence.kind === 'none') return null;
  const routes: RouteInfo[] = exposed.map((e) => e.route);
  return {
    kind: 'csrf-surface',
    library: session.library,
    range: session.range,
    sessionStorage: session.serverSide ? 'server' : 'cookie',
    routes,
    defence,
    optionName: (key) => key,
    related: exposed.slice(0, 5).map((e) => ({ message: `State-changing route ${e.route.method} ${e.route.path ?? ''} has no CSRF defence.`, range: e.route.range, file: e.file })),
  };
}

/** `NestFactory.create(…)` in this file. */
function bootstrapsNest(context: AdapterContext): boolean {
  return context.file.calls.some((call) => {
    const callee = unwrap(call.callee);
    return callee.type === 'MemberExpression' && memberName(callee) === 'create' && dottedPath(callee.object)?.join('.') === 'NestFactory';
  });
}

/** `consumer.apply(…).forRoutes(…)` in a module's `configure()`. */
function appliesMiddleware(context: AdapterContext): boolean {
  return context.file.calls.some((call) => {
    const callee = unwrap(call.callee);
    return callee.type === 'MemberExpression' && memberName(callee) === 'forRoutes';
  });
}
