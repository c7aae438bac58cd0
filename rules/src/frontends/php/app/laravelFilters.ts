import type { Node } from 'web-tree-sitter';
import { dependsOnAtLeast } from '../../../model/project';
import { calledName, callTarget, className } from '../adapters/authSyntax';
import { filterNames, findLaravelRoutes, type LaravelRoute, type RouteFilter } from '../adapters/lifecycleRoutes';
import { INCLUDE_TYPES, type PhpFile } from '../fileContext';
import { callArguments, stringValue, unwrapParentheses } from '../syntax';
import { includedPath } from './includes';
import { laravelAppOf, type LaravelApp } from './laravelApp';
import { SummaryCache } from './parsedFiles';

/** Logged-in routes of a Laravel 4 app that no `csrf` filter covers, gathered under the filter that logs them in. */
export interface UnfilteredRoutes {
  /** Where `auth` is attached: the group's `'before' => 'auth'` element, or the route's. */
  readonly node: Node;
  readonly routes: readonly LaravelRoute[];
}

const UNSAFE = /POST|PUT|PATCH|DELETE|ANY/;
/** Files where Laravel 4 apps register app-wide filters (`Route::when`, `App::before`). */
const FILTER_FILES = ['app/filters.php', 'app/routes.php', 'app/start/global.php'];

const appWide = new SummaryCache<{ readonly csrf: boolean; readonly includes: readonly string[] }>();

/**
 * Laravel 4 has no CSRF middleware: its `csrf` route filter (app/filters.php) protects only the
 * routes it is attached to, by `'before' => 'csrf'` on a route or group, `->before('csrf')`,
 * `Route::when('*', 'csrf', ['post'])`, a controller's `$this->beforeFilter('csrf')`, or a check in
 * `App::before`. Laravel 5 replaced filters with the VerifyCsrfToken middleware in the web stack.
 * For an app whose laravel/framework is below 5 (composer.lock, else composer.json), the unsafe
 * routes behind an `auth` filter that none of these covers, by the `auth` filter's attachment.
 */
export function laravel4UnfilteredRoutes(file: PhpFile): UnfilteredRoutes[] {
  if (!file.mentions(/before/)) return [];
  const routes = findLaravelRoutes(file).filter((route) => UNSAFE.test(route.info.method) && authFilter(route) !== undefined && !route.filters.some((f) => f.name === 'csrf'));
  if (routes.length === 0) return [];
  const app = laravelAppOf(file);
  if (!app || dependsOnAtLeast(file.project, 'laravel/framework', '5.0.0') !== false || appWideCsrf(file, app)) return [];
  const groups = new Map<number, { node: Node; routes: LaravelRoute[] }>();
  for (const route of routes) {
    if (route.controller && csrfByController(file, app, route)) continue;
    const auth = authFilter(route)!;
    const group = groups.get(auth.node.id) ?? { node: auth.node, routes: [] };
    group.routes.push(route);
    groups.set(auth.node.id, group);
  }
  return [...groups.values()];
}

/** The outermost `auth…` filter (auth, auth.basic, auth.admin) on a route. */
function authFilter(route: LaravelRoute): RouteFilter | undefined {
  return route.filters.find((f) => /^auth(\.|$)/.test(f.name));
}

/** The controller's constructor applies `csrf` to this action for every unsafe method the route answers. */
function csrfByController(file: PhpFile, app: LaravelApp, route: LaravelRoute): boolean {
  const methods = route.info.method.split(',').map((m) => (m === 'ANY' ? 'post' : m.toLowerCase()));
  return methods.every((method) => app.controllerAppliesFilter(file, route.controller!, 'csrf', method) === true);
}

/** `Route::when(…, 'csrf', …)` or an `App::before` check in the analysed file, the app's filter files, or the files they require. */
function appWideCsrf(file: PhpFile, app: LaravelApp): boolean {
  if (coversAppWide(file)) return true;
  const seen = new Set<string>();
  const visit = (from: string, relative: string, depth: number): boolean => {
    const found = appWide.of(app.projectView(), from, relative, summarise);
    if (!found || seen.has(found.fileName) || depth > 2) return false;
    seen.add(found.fileName);
    return found.summary.csrf || found.summary.includes.some((nested) => visit(found.fileName, nested, depth + 1));
  };
  return FILTER_FILES.some((path) => visit(app.composer.manifest, `./${path}`, 0));
}

function summarise(file: PhpFile): { csrf: boolean; includes: string[] } {
  const includes = file.nodesOfTypes(INCLUDE_TYPES).map((node) => includedPath(node, file.constants)).filter((p): p is string => p !== undefined);
  return { csrf: coversAppWide(file), includes };
}

const SCOPED_CALLS: ReadonlySet<string> = new Set(['scoped_call_expression']);

/**
 * `Route::when('*', 'csrf', ['post', 'put', 'delete'])`, `Route::whenRegex(…, 'csrf')`, or
 * `App::before(function ($request) { … 'csrf' … Session::token() … })`.
 */
function coversAppWide(file: PhpFile): boolean {
  if (!file.mentions(/csrf|token/i)) return false;
  for (const call of file.nodesOfTypes(SCOPED_CALLS)) {
    const owner = className(callTarget(call));
    const name = calledName(call);
    const args = callArguments(call).positional;
    if (owner === 'route' && (name === 'when' || name === 'whenregex') && args[1] && filterNames(args[1]).includes('csrf')) return true;
    if (owner === 'app' && name === 'before' && args[0] && checksToken(unwrapParentheses(args[0]))) return true;
  }
  return false;
}

/** An `App::before` closure that runs the csrf filter or compares the session token. */
function checksToken(closure: Node): boolean {
  for (const node of closure.descendantsOfType(['string', 'encapsed_string', 'scoped_call_expression', 'function_call_expression'])) {
    if (!node) continue;
    if (node.type === 'string' || node.type === 'encapsed_string') {
      if (stringValue(node) === 'csrf') return true;
      continue;
    }
    const name = calledName(node);
    if (name === 'token' || name === 'gettoken' || name === 'csrf_token') return true;
  }
  return false;
}
