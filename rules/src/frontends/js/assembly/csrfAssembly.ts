import type { SessionConfigFact } from '../../../model/facts';
import type { TextRange } from '../../../model/range';
import type { CsrfSurfaceFact, RouteInfo } from '../../../model/lifecycleFacts';
import type { AdapterContext } from '../adapterContext';
import { defenceOf, tokenCheck } from '../adapters/csrfSurface';
import type { AnalysisBudget } from '../../../model/budget';
import { rangeOfNode } from '../optionValues';
import { appModelFor, layerApplies, type AppModel, type ReachedRoute, type SessionMount } from './appModel';
import { fileAssembly, type FileAssembly } from './fileAssembly';
import { helperSession } from './helperSession';
import { overrideAfterCsrf } from './methodOverride';

/** `module.exports =`, `exports.x =`, `export default`, `export const`. */
const EXPORTS = /\bexports?\b/;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE', 'ALL']);
const DEFENCES = new Set(['csrf', 'origin-check']);

type SessionFact = SessionConfigFact;

/**
 * The CSRF exposure of an Express app assembled across files, judged where its cookie session is
 * mounted: every state-changing route the app serves after the session middleware (in this file,
 * in routers mounted from other files, in route factories it calls) that no CSRF middleware or
 * Origin/Referer check mounted before it on its path guards, and that checks no token itself.
 * Undefined when this file mounts no session on an `express()` app (the one-file rules apply);
 * null when it does and every unsafe route is guarded.
 */
export function assembledSurface(context: AdapterContext, session: SessionFact): CsrfSurfaceFact | null | undefined {
  // This file alone says whether it mounts a session on an app; only then is the app model built.
  const assembly = fileAssembly(context);
  const sessionApps = [...assembly.apps].filter((app) => assembly.uses.some((use) => use.on === app && use.middleware.some((m) => m.kind === 'session')));
  const onParameter = sessionApps.length === 0 && assembly.uses.some((use) => use.middleware.some((m) => m.kind === 'session') && use.on.startsWith('p@'));
  if (sessionApps.length === 0 && !onParameter) return exportedSessionSurface(context, session, assembly);
  const model = appModelFor(context, assembly);
  // A session mounted by a setup function on the app it is given (`configureSession(app)`).
  const helper = onParameter ? helperSession(model, assembly, context.file.budget) : undefined;
  if (onParameter && !helper) return undefined;
  // The session middleware's head, where the defence goes next to it.
  // An app with two (`if (production) app.use(session(A)) else app.use(session(B))`): this fact's own mount.
  const mounts = assembly.uses.filter((use) => sessionApps.includes(use.on)).flatMap((use) => use.middleware.filter((m) => m.kind === 'session'));
  const at = helper?.at ?? (mounts.find((m) => m.range.start === session.range.start) ?? mounts[0]!).range;
  const reached = helper?.reached ?? sessionApps.flatMap((app) => model.routesBelow(context.file.fileName, app, context.file.budget));
  return judged(context, model, session, at, reached, context);
}

/**
 * A session made in a module of its own (`module.exports = session({…})`, `export default session(…)`, a
 * factory `export const sessionMiddleware = () => session(…)`) and mounted by the app in another file
 * (`app.use(session)`, `app.use(sessionMiddleware())`): judged here, where its options are and the fix
 * goes, over the routes each app that mounts it serves after it. Undefined when no file mounts it on an
 * app (a module nothing uses, or one mounted out of sight: the one-file rules apply).
 */
function exportedSessionSurface(context: AdapterContext, session: SessionFact, assembly: FileAssembly): CsrfSurfaceFact | null | undefined {
  // Only a module that exports something can hand its session to an app (a text test before the model is asked).
  if (!EXPORTS.test(context.file.text)) return undefined;
  const call = context.file.calls.find((c) => c.range[0] === session.range.start);
  if (!call) return undefined;
  const model = appModelFor(context, assembly);
  const own = model.sessionMountsOf(context.file.fileName, context.file.budget).filter((mount) => mount.origin === call.range[0]);
  const reached: ReachedRoute[] = [];
  let defenceFile: AdapterContext | undefined;
  for (const mount of own) {
    const routes = routesAfter(model, mount, context.file.budget);
    if (!routes) continue;
    reached.push(...routes);
    defenceFile ??= model.contextOf(mount.file);
  }
  if (!defenceFile) return undefined;
  return judged(context, model, session, rangeOfNode(call.callee), reached, defenceFile);
}

/** The routes an object serves below a session mounted on it: an app's, or a router's where the app mounts it. */
function routesAfter(model: AppModel, mount: SessionMount, budget: AnalysisBudget): ReachedRoute[] | undefined {
  if (model.assemblyOf(mount.file)?.apps.has(mount.on)) return model.routesBelow(mount.file, mount.on, budget);
  const chains = model.chainsTo(mount.file, mount.on, budget);
  if (chains.length === 0) return undefined;
  return chains.flatMap((chain) => model.routesBelow(mount.file, mount.on, budget, chain.prefix, chain.layers));
}

/**
 * The routes of `reached` that change state behind the session with no CSRF defence, as a csrf-surface fact
 * on the session (null: every one is defended). `defenceFile` is the file that mounts the session, where a
 * csurf told to ignore unsafe methods would be.
 */
function judged(context: AdapterContext, model: AppModel, session: SessionFact, at: TextRange, reached: readonly ReachedRoute[], defenceFile: AdapterContext): CsrfSurfaceFact | null {
  // The walk ran out of budget: which routes the app serves is unknown, and so is its exposure (silent).
  if (context.file.budget.exhausted) return null;
  const disabled = defenceOf(defenceFile);
  // Whether a file checks a token is asked once per file, not once per route: it walks the whole file.
  const tokenChecked = new Map<string, boolean>();
  const fileChecksToken = (file: string): boolean => {
    let checked = tokenChecked.get(file);
    if (checked === undefined) tokenChecked.set(file, (checked = checksToken(context, model, file)));
    return checked;
  };
  const exposed = reached.filter((r) => r.route.method.split(',').some((m) => UNSAFE.has(m)) && r.layers.some((l) => l.kind === 'session') && !guarded(r) && !fileChecksToken(r.file));
  // A csurf told to ignore unsafe methods in the file that mounts the session: the finding stays on the session here.
  if (disabled.kind === 'disabled') return surface(context, session, at, exposed, defenceFile === context ? disabled : { ...disabled, range: at });
  const unsafe = reached.filter((r) => r.route.method.split(',').some((m) => UNSAFE.has(m)) && r.layers.some((l) => l.kind === 'session'));
  const override = overrideAfterCsrf(unsafe);
  if (override) {
    const { route } = override;
    const reason = `method-override runs after the CSRF middleware, so a GET (never checked) can become ${route.route.method} ${route.fullPath ?? route.route.path ?? ''}; mount it before`;
    return surface(context, session, at, [route, ...exposed], { kind: 'disabled', range: override.file === context.file.fileName ? override.range : at, reason });
  }
  if (exposed.length === 0) return null;
  return surface(context, session, at, exposed, { kind: 'none' });
}

function guarded(route: ReachedRoute): boolean {
  return route.layers.some((layer) => DEFENCES.has(layer.kind) && layerApplies(layer.path, route.fullPath));
}

function checksToken(context: AdapterContext, model: AppModel, file: string): boolean {
  const fileContext = file === context.file.fileName ? context : model.contextOf(file);
  return fileContext !== undefined && tokenCheck(fileContext) !== undefined;
}

function surface(context: AdapterContext, session: SessionFact, at: TextRange, exposed: readonly ReachedRoute[], defence: CsrfSurfaceFact['defence']): CsrfSurfaceFact {
  const routes = exposed.map((r) => ({ file: r.file, method: r.route.method, path: r.fullPath ?? r.route.path, range: r.route.range }));
  return csrfSurfaceOf(context, session, at, routes, defence, 'on its path');
}

/** A state-changing route of an assembled app, in the file that registers it (absolute path when known). */
export interface ExposedRoute extends RouteInfo {
  readonly file: string;
}

/**
 * The csrf-surface fact of an app assembled across files, placed on the session's registration
 * (from its start to `at`, the head where a defence goes), with the first exposed routes as related
 * information; `where` says what the defence is missing from ('on its path', 'in its plugin scope').
 */
export function csrfSurfaceOf(context: AdapterContext, session: SessionFact, at: TextRange, exposed: readonly ExposedRoute[], defence: CsrfSurfaceFact['defence'], where: string): CsrfSurfaceFact {
  const here = context.file.fileName;
  return {
    kind: 'csrf-surface',
    library: session.library,
    // Starts where the session fact starts, so the rule finds the session's SameSite.
    range: { start: session.range.start, end: Math.max(at.end, session.range.start) },
    sessionStorage: session.serverSide ? 'server' : 'cookie',
    routes: exposed.map(({ method, path, range }) => ({ method, path, range })),
    defence,
    optionName: (key) => key,
    related: exposed.slice(0, 5).map((r) => ({
      message: `State-changing route ${r.method} ${r.path ?? ''} has no CSRF defence ${where}.`,
      range: r.range,
      ...(r.file === here ? {} : { file: r.file }),
    })),
  };
}
