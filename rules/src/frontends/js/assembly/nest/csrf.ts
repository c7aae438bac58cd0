import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { SessionConfigFact } from '../../../../model/facts';
import type { CsrfSurfaceFact, RouteInfo } from '../../../../model/lifecycleFacts';
import { dottedPath, memberName, unwrap, type Node } from '../../ast';
import { lookup } from '../../scope';
import type { AdapterContext } from '../../adapterContext';
import { defenceOf, tokenCheck } from '../../adapters/csrfSurface';
import { nestHandlers } from '../../lifecycle/nestRoutes';
import { appModelFor } from '../appModel';
import { nestSessionWritten } from './sessionWrites';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE', 'ALL']);
/** The finding names three routes and relates five: reading further changes nothing it says. */
const MAX_LISTED = 5;
const CSRF_MODULES = /['"](?:csurf|@dr\.pogodin\/csurf|csrf-csrf|csrf-sync|lusca|tiny-csrf|ncsrf|@tekuconcept\/nestjs-csrf)['"]/;

/**
 * The CSRF exposure of a NestJS app whose bootstrap (main.ts: `NestFactory.create(AppModule)`) mounts a
 * cookie session with `app.use(session(…))`: every state-changing route of the package's controllers
 * is served after it. The defence can sit in main.ts (`app.use(csurf())`, `app.use(doubleCsrfProtection)`),
 * in a module's `configure(consumer) { consumer.apply(…).forRoutes(…) }`, or in code that checks a
 * token (a guard, a middleware, the controller). Undefined when this file bootstraps no Nest app;
 * null when it does and nothing is exposed.
 */
export function nestCsrfSurface(context: AdapterContext, session: SessionConfigFact): CsrfSurfaceFact | null | undefined {
  const bootstrap = context.importsAny(['@nestjs/core']) && bootstrapsNest(context);
  if (!bootstrap && !calledByNestBootstrap(context)) return undefined;
  const defence = defenceOf(context);
  if (defence.kind !== 'none' && defence.kind !== 'disabled') return null;
  // SameSite=Lax or Strict on the session cookie is a defence the rule accepts: no need to read the app.
  const sameSite = session.cookie.sameSite;
  if (defence.kind === 'none' && sameSite.kind === 'known' && (sameSite.value === 'lax' || sameSite.value === 'strict')) return null;
  // A session no code of the app writes carries no login: nothing for a forged request to ride on.
  if (defence.kind === 'none' && !nestSessionWritten(context)) return null;
  const model = appModelFor(context);
  const elsewhere = (hint: RegExp): AdapterContext[] => model.filesWith(hint).flatMap((file) => (file === context.file.fileName ? [] : model.contextOf(file) ?? []));
  // A CSRF middleware a module applies, or a token check anywhere in the app (a guard, a middleware).
  if (defence.kind === 'none' && elsewhere(/csrf|xsrf/i).some((other) => appliesCsrfMiddleware(other) || tokenCheck(other) !== undefined)) return null;
  // Only controllers that declare a state-changing route are read, and only until the finding has what it shows.
  const exposed: { file: string; route: RouteInfo }[] = [];
  for (const other of elsewhere(/@(?:Post|Put|Patch|Delete|All)\(/)) {
    if (exposed.length >= MAX_LISTED) break;
    for (const handler of nestHandlers(other)) {
      if (handler.route && handler.route.method.split(',').some((m) => UNSAFE.has(m))) exposed.push({ file: other.file.fileName, route: handler.route });
    }
  }
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

/**
 * A helper module whose exported function the Nest bootstrap imports and calls with the app
 * (`initialize_session(app)`, `await setupSession(app)` in main.ts): its `app.use(session(…))` is
 * the bootstrap's. Only files that call `NestFactory.create` are read, and only their imports.
 */
function calledByNestBootstrap(context: AdapterContext): boolean {
  const exported = exportedFunctionNames(context.file.program);
  if (exported.size === 0) return false;
  const model = appModelFor(context);
  return model.filesWith(/NestFactory\s*\.\s*create/).some((file) => {
    if (file === context.file.fileName) return false;
    const main = model.contextOf(file);
    if (!main || !bootstrapsNest(main)) return false;
    // `initializeSession(app)`: a call, with an argument, of a name main.ts imports from this file.
    return main.file.calls.some((call) => {
      const callee = unwrap(call.callee);
      if (callee.type !== 'Identifier' || call.arguments.length === 0) return false;
      const binding = lookup(main.file, callee.name, callee);
      return binding?.kind === 'import' && exported.has(binding.imported) && main.file.project.readModule?.(main.file.fileName, binding.source)?.fileName === context.file.fileName;
    });
  });
}

/** `export function setupSession`, `export const initializeSession = (app) => …`, `export default function`: the functions a module exports. */
function exportedFunctionNames(program: TSESTree.Program): Set<string> {
  const names = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration' && (statement.declaration.type === 'FunctionDeclaration' || statement.declaration.type === 'ArrowFunctionExpression')) names.add('default');
    if (statement.type !== 'ExportNamedDeclaration' || !statement.declaration) continue;
    const declaration = statement.declaration;
    if (declaration.type === 'FunctionDeclaration' && declaration.id) names.add(declaration.id.name);
    if (declaration.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations) {
        const init = declarator.init && unwrap(declarator.init);
        if (declarator.id.type === 'Identifier' && init && (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression')) names.add(declarator.id.name);
      }
    }
  }
  return names;
}

/** `NestFactory.create(…)` in this file. */
function bootstrapsNest(context: AdapterContext): boolean {
  return context.file.calls.some((call) => {
    const callee = unwrap(call.callee);
    return callee.type === 'MemberExpression' && memberName(callee) === 'create' && dottedPath(callee.object)?.join('.') === 'NestFactory';
  });
}

/**
 * `consumer.apply(csrfMiddleware).forRoutes(…)` in a module's `configure()`: a CSRF library applied here,
 * or a middleware class imported from a module that uses one (`class CsrfMiddleware implements NestMiddleware`).
 */
function appliesCsrfMiddleware(context: AdapterContext): boolean {
  return context.file.calls.some((call) => {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression' || memberName(callee) !== 'forRoutes') return false;
    const applied = unwrap(callee.object);
    if (applied.type !== 'CallExpression') return false;
    const applyCallee = unwrap(applied.callee);
    if (applyCallee.type !== 'MemberExpression' || memberName(applyCallee) !== 'apply') return false;
    return applied.arguments.some((argument) => usesCsrfLibrary(context, argument));
  });
}

function usesCsrfLibrary(context: AdapterContext, argument: Node): boolean {
  const value = context.resolver.resolve(argument, context.file);
  const callee = value.kind === 'call' ? value.callee : value;
  if (callee.kind === 'module' && CSRF_MODULES.test(`'${callee.module}'`)) return true;
  const target = unwrap(argument);
  if (target.type !== 'Identifier') return false;
  const binding = lookup(context.file, target.name, target);
  if (binding?.kind !== 'import') return false;
  const module = context.file.project.readModule?.(context.file.fileName, binding.source);
  return module !== undefined && CSRF_MODULES.test(module.text);
}
