import type { Node } from 'web-tree-sitter';
import type { RouteInfo } from '../../../model/lifecycleFacts';
import type { PhpFile } from '../fileContext';
import { callArguments, namedChildren, rangeOf, stringValue, unwrapParentheses } from '../syntax';
import { calledName, callTarget, className } from './authSyntax';
import { underDevelopmentCheck } from '../app/laravelEnvironment';

/** A Laravel route: `Route::post('/login', …)`, with the middleware its chain and groups add. */
export interface LaravelRoute {
  readonly info: RouteInfo;
  /** The closure that handles it, when it is written inline. */
  readonly closure: Node | undefined;
  /**
   * `[LoginController::class, 'store']`, `'LoginController@store'`, or a method of `Route::controller(X::class)`:
   * the lower-cased short class name, the class name as written (for the app model to resolve), the lower-cased method.
   */
  readonly controller: { readonly className: string; readonly written: string; readonly method: string } | undefined;
  /** Middleware names as written (`throttle:5,1`, `guest`, `ThrottleRequests`), from the chain and enclosing groups. */
  readonly middleware: readonly string[];
  /**
   * Laravel 4 route filters (`'before' => 'auth|csrf'`, `->before('csrf')`), outermost group first, each
   * with the node that attaches it (the group's or the route's `'before'` element, the `->before()` call).
   */
  readonly filters: readonly RouteFilter[];
}

/** A Laravel 4 `before` filter on a route, and where it is attached. */
export interface RouteFilter {
  readonly name: string;
  readonly node: Node;
}

const ROUTE_METHODS: Readonly<Record<string, string>> = { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', any: 'ANY', match: 'MATCH', options: 'OPTIONS' };
const FUNCTION_TYPES: ReadonlySet<string> = new Set(['anonymous_function', 'arrow_function']);
const ROUTE_CALLS: ReadonlySet<string> = new Set(['scoped_call_expression', 'member_call_expression']);

/** Every `Route::METHOD(…)` registration in a file (routes/web.php, routes/auth.php). */
export function findLaravelRoutes(file: PhpFile): LaravelRoute[] {
  const routes: LaravelRoute[] = [];
  if (!file.mentions(/route/i)) return routes;
  const routeGroups = new RouteGroups(file);
  for (const call of file.nodesOfTypes(ROUTE_CALLS)) {
    const verb = ROUTE_METHODS[calledName(call) ?? ''];
    if (!verb || !isRouteChain(call)) continue;
    // Registered only in development (`if (App::environment('local')) { Route::prefix('skip-login')… }`): not deployed.
    if (underDevelopmentCheck(call)) continue;
    const args = callArguments(call);
    const [first, second, third] = args.positional;
    // Route::match(['get', 'post'], '/login', …) puts the methods first.
    const methods = verb === 'MATCH' && first ? stringList(first).map((m) => m.toUpperCase()).join(',') : verb;
    const pathNode = verb === 'MATCH' ? second : first;
    const handler = verb === 'MATCH' ? third : second;
    if (!pathNode) continue;
    const groups = routeGroups.around(call);
    const prefix = groups.map((g) => g.prefix).filter(Boolean).join('/');
    const own = stringValue(unwrapParentheses(pathNode));
    const path = own === undefined ? undefined : `/${[prefix, own].filter(Boolean).join('/')}`.replace(/\/+/g, '/');
    const outer = outermostChain(call);
    const middleware = [...chainMiddleware(outer), ...groups.flatMap((g) => g.middleware)];
    const controllerClass = groups.map((g) => g.controller).filter((c) => c !== undefined).pop();
    const filters = [...groups.flatMap((g) => g.filters), ...(handler ? optionFilters(handler) : []), ...chainFilters(outer)];
    routes.push({
      info: { method: methods, path, range: rangeOf(outer) },
      closure: handler && FUNCTION_TYPES.has(unwrapParentheses(handler).type) ? unwrapParentheses(handler) : undefined,
      controller: handler ? controllerOf(handler, controllerClass, groups.map((g) => g.namespace).filter(Boolean).pop()) : undefined,
      middleware,
      filters,
    });
  }
  return routes;
}

/** `['before' => 'auth|csrf', 'uses' => 'X@y']`: the filters a route's options array attaches. */
function optionFilters(handler: Node): RouteFilter[] {
  const target = unwrapParentheses(handler);
  if (target.type !== 'array_creation_expression') return [];
  return namedChildren(target).flatMap((element) => {
    const [key, value] = namedChildren(element);
    return key && value && stringValue(key) === 'before' ? filterNames(value).map((name) => ({ name, node: element })) : [];
  });
}

/** `Route::post(…)->before('csrf')`. */
function chainFilters(outer: Node): RouteFilter[] {
  const found: RouteFilter[] = [];
  for (let current: Node | undefined = outer; current && (current.type === 'member_call_expression' || current.type === 'scoped_call_expression'); current = callTarget(current)) {
    if (calledName(current) === 'before') for (const arg of callArguments(current).positional) found.push(...filterNames(arg).map((name) => ({ name, node: current! })));
  }
  return found;
}

/** `'auth|csrf'`, `['auth', 'csrf']`, `'role:admin'`: filter names without their parameters. */
export function filterNames(node: Node): string[] {
  return stringList(node).flatMap((text) => text.split('|')).map((name) => name.split(':')[0]!.trim().toLowerCase()).filter(Boolean);
}

/** True when the call chain starts at the `Route` facade (`Route::post`, `Route::middleware(…)->post`). */
function isRouteChain(call: Node): boolean {
  let current: Node | undefined = call;
  while (current && (current.type === 'member_call_expression' || current.type === 'scoped_call_expression')) {
    if (current.type === 'scoped_call_expression') return className(callTarget(current)) === 'route';
    current = callTarget(current);
  }
  return false;
}

/** `Route::post(…)->middleware(…)->name(…)`: the whole chain the registration is part of. */
function outermostChain(call: Node): Node {
  let current = call;
  while (current.parent?.type === 'member_call_expression' && current.parent.childForFieldName('object')?.id === current.id) current = current.parent;
  return current;
}

/** Middleware named in a chain: `->middleware('throttle:5,1')`, `Route::middleware(['guest', 'throttle:login'])`. */
function chainMiddleware(outer: Node): string[] {
  const names: string[] = [];
  let current: Node | undefined = outer;
  while (current && (current.type === 'member_call_expression' || current.type === 'scoped_call_expression')) {
    if (calledName(current) === 'middleware') for (const arg of callArguments(current).positional) names.push(...stringList(arg));
    current = callTarget(current);
  }
  return names;
}

interface RouteGroup {
  readonly prefix: string;
  /** `Route::group(['namespace' => 'App\\Http\\Controllers'], …)`: the namespace of `'X@y'` controllers inside. */
  readonly namespace: string;
  readonly middleware: readonly string[];
  readonly controller: { readonly className: string; readonly written: string } | undefined;
  readonly filters: readonly RouteFilter[];
}

/**
 * The `->group(function () { … })` calls around a route, innermost last. The closures around it come
 * from the file's index by their ranges, and each closure's group is read once: walking up from every
 * route (each `parent` descends from the root in tree-sitter) took 0.8 s for a routes file of 500.
 */
class RouteGroups {
  private readonly closures: readonly Node[];
  private readonly groups = new Map<number, RouteGroup | undefined>();

  constructor(file: PhpFile) {
    this.closures = file.nodesOfTypes(FUNCTION_TYPES);
  }

  around(call: Node): RouteGroup[] {
    const found: RouteGroup[] = [];
    // In source order an enclosing closure comes before the call: outermost first.
    for (const closure of this.closures) {
      if (closure.startIndex > call.startIndex) break;
      if (call.endIndex > closure.endIndex) continue;
      if (!this.groups.has(closure.id)) this.groups.set(closure.id, groupOf(closure));
      const group = this.groups.get(closure.id);
      if (group) found.push(group);
    }
    return found;
  }
}

/** The route group a closure is the body of: `Route::prefix('auth')->group(function () { … })`. */
function groupOf(closure: Node): RouteGroup | undefined {
  const groupCall = closure.parent?.type === 'argument' ? closure.parent.parent?.parent : undefined;
  if (!groupCall || calledName(groupCall) !== 'group' || !isRouteChain(groupCall)) return undefined;
  let prefix = '';
  let namespace = '';
  let controller: RouteGroup['controller'];
  const middleware: string[] = [];
  const filters: RouteFilter[] = [];
  // Route::group(['prefix' => 'auth', 'middleware' => 'throttle:6,1'], function () { … })
  const options = callArguments(groupCall).positional[0];
  if (options && unwrapParentheses(options).type === 'array_creation_expression') {
    for (const element of namedChildren(unwrapParentheses(options))) {
      const [key, value] = namedChildren(element);
      const keyText = key ? stringValue(key) : undefined;
      if (keyText === 'prefix' && value) prefix = stringValue(value) ?? '';
      if (keyText === 'middleware' && value) middleware.push(...stringList(value));
      if (keyText === 'namespace' && value) namespace = stringValue(value) ?? '';
      if (keyText === 'before' && value) filters.push(...filterNames(value).map((name) => ({ name, node: element })));
    }
  }
  for (let link: Node | undefined = callTarget(groupCall); link && (link.type === 'member_call_expression' || link.type === 'scoped_call_expression'); link = callTarget(link)) {
    const name = calledName(link);
    const first = callArguments(link).positional[0];
    if (name === 'prefix' && first) prefix = stringValue(first) ?? prefix;
    if (name === 'middleware') for (const arg of callArguments(link).positional) middleware.push(...stringList(arg));
    const controllerName = name === 'controller' && first ? classConstantName(first) : undefined;
    if (controllerName && first) controller = { className: controllerName, written: classConstantWritten(first) ?? controllerName };
  }
  return { prefix: prefix.replace(/^\/|\/$/g, ''), namespace, middleware, controller, filters };
}

/** Strings, arrays of strings and `X::class` (optionally `. ':5,1'`), as written. */
function stringList(node: Node): string[] {
  const target = unwrapParentheses(node);
  if (target.type === 'array_creation_expression') return namedChildren(target).flatMap((element) => namedChildren(element).flatMap(stringList));
  const text = stringValue(target);
  if (text !== undefined) return [text];
  const constant = classConstantName(target);
  if (constant) return [constant];
  // `array_filter(['guest', $limiter ? 'throttle:'.$limiter : null])`, Fortify's own routes.php: the
  // middleware a configured limiter adds (Fortify's published config names the 'login' limiter).
  if (target.type === 'function_call_expression' && /^array_(filter|merge|values|unique)$/i.test(target.childForFieldName('function')?.text ?? '')) {
    return callArguments(target).positional.flatMap(stringList);
  }
  if (target.type === 'conditional_expression') {
    return [target.childForFieldName('body'), target.childForFieldName('alternative')].flatMap((branch) => (branch ? stringList(branch) : []));
  }
  if (target.type === 'binary_expression') return [target.text];
  if (target.type === 'scoped_call_expression') return [target.text];
  return [];
}

function classConstantName(node: Node): string | undefined {
  const target = unwrapParentheses(node);
  if (target.type !== 'class_constant_access_expression') return undefined;
  const [scope, constant] = namedChildren(target);
  return constant?.text === 'class' ? className(scope) : undefined;
}

/** `X::class` as written: `LoginController`, `Auth\LoginController`, `\App\Http\Controllers\LoginController`. */
function classConstantWritten(node: Node): string | undefined {
  const target = unwrapParentheses(node);
  const [scope, constant] = target.type === 'class_constant_access_expression' ? namedChildren(target) : [];
  return constant?.text === 'class' && scope ? scope.text : undefined;
}

function controllerOf(handler: Node, groupController: RouteGroup['controller'], namespace: string | undefined): LaravelRoute['controller'] {
  const target = unwrapParentheses(handler);
  // `['uses' => 'Auth\LoginController@login', 'as' => 'login.post']` (Laravel ≤ 8).
  const uses = target.type === 'array_creation_expression' ? namedChildren(target).find((e) => stringValue(namedChildren(e)[0] ?? e) === 'uses') : undefined;
  const usesValue = uses ? namedChildren(uses)[1] : undefined;
  if (usesValue) return controllerOf(usesValue, groupController, namespace);
  if (target.type === 'array_creation_expression') {
    const [classNode, methodNode] = namedChildren(target).map((e) => namedChildren(e)[0]);
    const name = classNode ? classConstantName(classNode) : undefined;
    const method = methodNode ? stringValue(methodNode) : undefined;
    return name && method && classNode ? { className: name, written: classConstantWritten(classNode) ?? name, method: method.toLowerCase() } : undefined;
  }
  const text = stringValue(target);
  if (text?.includes('@')) {
    const [name, method] = text.split('@');
    const written = namespace && !(name ?? '').startsWith('\\') ? `\\${namespace.replace(/^\\|\\$/g, '')}\\${name ?? ''}` : name ?? '';
    return { className: (name ?? '').split('\\').pop()!.toLowerCase(), written, method: (method ?? '').toLowerCase() };
  }
  if (text && groupController) return { ...groupController, method: text.toLowerCase() };
  const invokable = classConstantName(target);
  return invokable ? { className: invokable, written: classConstantWritten(target) ?? invokable, method: '__invoke' } : undefined;
}
