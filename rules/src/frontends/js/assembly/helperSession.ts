import type { TextRange } from '../../../model/range';
import type { AppModel, ReachedRoute } from './appModel';
import type { FileAssembly, ObjectKey } from './fileAssembly';
import type { AnalysisBudget } from '../../../model/budget';

/** A session mounted on the app a setup function receives, and the routes that app serves after the call. */
export interface HelperSession {
  /** The session middleware's head in this file. */
  readonly at: TextRange;
  readonly reached: readonly ReachedRoute[];
}

/**
 * `module.exports = function configureSession(app) { app.use(session({…})) }` or `export function
 * setupSession(app: Express)`, called as `configureSession(app)` where the app is made: the session
 * runs on that app's routes. The parameter is reached from each app root through the model; the routes
 * are the root's, each with this function's middleware on the parameter first (the session, and a CSRF
 * check mounted after it here); the root's own routes registered before the call are left out.
 * Undefined when this file mounts no session on a parameter, or no app calls the function.
 */
export function helperSession(model: AppModel, assembly: FileAssembly, budget: AnalysisBudget): HelperSession | undefined {
  const params = new Set<ObjectKey>([...assembly.factoryParams.values()].flat());
  for (const factory of assembly.factories) for (const param of factory.localParams ?? []) params.add(param);
  const use = assembly.uses.find((u) => params.has(u.on) && u.middleware.some((m) => m.kind === 'session'));
  if (!use) return undefined;
  const chains = model.chainsTo(assembly.fileName, use.on, budget);
  if (chains.length === 0) return undefined;
  const own = model.layersBefore(assembly.fileName, use.on, Number.MAX_SAFE_INTEGER, '', budget);
  const reached: ReachedRoute[] = [];
  for (const chain of chains) {
    // The call that hands the app to this function, in the root's file: routes the root registered before it run without the session.
    const call = chain.mounts.find((mount) => mount.file === chain.root.file);
    const routes = model.routesBelow(chain.root.file, chain.root.key, budget, '', [...chain.layers, ...own]);
    reached.push(...routes.filter((r) => !(call && r.file === chain.root.file && r.route.on === chain.root.key && r.route.at < call.range.start)));
  }
  const at = use.middleware.find((m) => m.kind === 'session')!.range;
  return { at, reached };
}
