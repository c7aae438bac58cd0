import type { SessionConfigFact } from '../../../model/facts';
import type { TextRange } from '../../../model/range';
import type { CsrfSurfaceFact, RouteInfo } from '../../../model/lifecycleFacts';
import type { AdapterContext } from '../adapterContext';
import { defenceOf, tokenCheck } from '../adapters/csrfSurface';
import { appModelFor, layerApplies, type ReachedRoute } from './appModel';
import { fileAssembly } from './fileAssembly';
import { helperSession } from './helperSession';
import { overrideAfterCsrf } from './methodOverride';

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
  if (sessionApps.length === 0 && !onParameter) return undefined;
  const model = appModelFor(context, assembly);
  // A session mounted by a setup function on the app it is given (`configureSession(app)`).
  const helper = onParameter ? helperSession(model, assembly, context.file.budget) : undefined;
  if (onParameter && !helper) return undefined;
  // The session middleware's head, where the defence goes next to it.
  const at = helper?.at ?? assembly.uses.find((use) => sessionApps.includes(use.on) && use.middleware.some((m) => m.kind === 'session'))!.middleware.find((m) => m.kind === 'session')!.range;
  const reached = helper?.reached ?? sessionApps.flatMap((app) => model.routesBelow(context.file.fileName, app, context.file.budget));
  // The walk ran out of budget: which routes the app serves is unknown, and so is its exposure (silent).
  if (context.file.budget.exhausted) return null;
  const disabled = defenceOf(context);
  // Whether a file checks a token is asked once per file, not once per route: it walks the whole file.
  const tokenChecked = new Map<string, boolean>();
  const fileChecksToken = (file: string): boolean => {
    let checked = tokenChecked.get(file);
    if (checked === undefined) tokenChecked.set(file, (checked = checksToken(context, model, file)));
    return checked;
  };
  const exposed = reached.filter((r) => r.route.method.split(',').some((m) => UNSAFE.has(m)) && r.layers.some((l) => l.kind === 'session') && !guarded(r) && !fileChecksToken(r.file));
  if (disabled.kind === 'disabled') return surface(context, session, at, exposed, disabled);
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

function checksToken(context: AdapterContext, model: ReturnType<typeof appModelFor>, file: string): boolean {
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
