import { dependsOnAtLeast } from '../../../model/project';
import type { TextRange } from '../../../model/range';
import type { AdapterContext } from '../adapterContext';
import type { JsValue } from '../values';
import { getEntry } from '../values';
import { layerApplies, type ReachedRoute } from './appModel';

/** Methods CSRF middleware leaves unchecked (csurf's and csrf-csrf's `ignoreMethods` defaults). */
const UNCHECKED = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether `methodOverride(getter, { methods })` rewrites requests that came in with a method the
 * CSRF middleware does not check. method-override 2.x and 3.x only look at POST requests unless
 * `methods` says otherwise (`null`: every method); 1.x, before the option existed, looked at every
 * request. Unknown options count as no (a false alarm costs more than a missed one).
 */
export function overridesUncheckedMethods(context: AdapterContext, call: JsValue | undefined): boolean {
  const options = call?.kind === 'call' ? call.args[1] : undefined;
  if (!options || options.type === 'SpreadElement') return dependsOnAtLeast(context.file.project, 'method-override', '2.0.0') === false;
  const value = context.resolver.resolve(options, call!.file);
  if (value.kind !== 'object') return false;
  const methods = getEntry(value, 'methods')?.value;
  if (!methods) return dependsOnAtLeast(context.file.project, 'method-override', '2.0.0') === false;
  if (methods.kind === 'literal' && methods.value === null) return true;
  return methods.kind === 'array' && methods.elements.some((e) => e.kind === 'literal' && typeof e.value === 'string' && UNCHECKED.has(e.value.toUpperCase()));
}

/**
 * A method-override middleware that runs after the CSRF middleware on a state-changing route's
 * path: a GET, which the CSRF middleware lets through, is turned into the route's method after the
 * check (method-override's README: it must be used before csurf). Only overrides of unchecked
 * methods are kept in the model (see {@link overridesUncheckedMethods}).
 */
export function overrideAfterCsrf(routes: readonly ReachedRoute[]): { readonly file: string; readonly range: TextRange; readonly route: ReachedRoute } | undefined {
  for (const route of routes) {
    const applies = route.layers.map((layer) => layerApplies(layer.path, route.fullPath));
    const csrf = route.layers.findIndex((layer, i) => layer.kind === 'csrf' && applies[i]);
    if (csrf < 0) continue;
    const override = route.layers.findIndex((layer, i) => i > csrf && layer.kind === 'method-override' && applies[i]);
    if (override >= 0) return { file: route.layers[override]!.file, range: route.layers[override]!.range, route };
  }
  return undefined;
}
