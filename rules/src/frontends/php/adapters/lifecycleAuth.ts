import type { Node } from 'web-tree-sitter';
import type { AuthHandlerFact } from '../../../model/lifecycleFacts';
import type { RelatedLocation } from '../../../model/facts';
import type { PhpAdapter, PhpAdapterContext } from '../adapterContext';
import { namedChildren, rangeOf } from '../syntax';
import { analyzePhpFlow, consumesRateLimiter, type FlowOptions, type PhpFlow } from './authFlow';
import { besideLogout, calledName, LOGOUT_NAME, variableName, words } from './authSyntax';
import { findUnits, type AuthUnit } from './authUnits';
import { loginFact, logoutFact } from './lifecycleFacts';
import { findLaravelRoutes, type LaravelRoute } from './lifecycleRoutes';
import { helperFlowsOf } from './lifecycleHelpers';
import { judgedAsLogout } from './logoutScope';
import { tokenLogoutWithoutSession } from './tokenLogout';
import { dependsOnAtLeast } from '../../../model/project';
import { scriptLoginRoute, scriptThrottled, unreachableLogin } from './scriptLogin';
import { branchHandlers } from './branchHandlers';
import { includeFlowsOf } from '../app/includes';
import { logoutReach } from '../app/logoutCallers';
import { laravelAppOf } from '../app/laravelApp';
import { laravelRouteThrottle } from '../app/laravelThrottle';
import { firewallAnswersLogout } from '../app/symfonyFirewallLogout';
import type { ActionKind } from '../app/laravelControllers';

const LOGIN_WORDS = /(^|-)(log-?in|sign-?in|log-?on|authenticate|auth|session|sessions|token)(-|$)/;
export const LOGIN_NAME = /(^|-)(log-?in|sign-?in|log-?on|authenticate)(-|$)/;
/** Laravel controllers whose `store` logs in and `destroy` logs out (Breeze's AuthenticatedSessionController). */
function isSessionController(name: string | undefined): boolean {
  // `TwoFactorAuthenticationController::destroy` turns 2FA off: a bare "auth" names a session only as the whole name (AuthController).
  return name !== undefined && /controller$/i.test(name) && (/session|log-?in|sign-?in|log-?on/i.test(name) || /^(user)?auth(entication)?controller$/i.test(name));
}
/** Scaffolded controllers that throttle logins themselves (Breeze's LoginRequest, laravel/ui's ThrottlesLogins). */
const SELF_THROTTLING = new Set(['authenticatedsessioncontroller', 'logincontroller']);

export { LOGOUT_NAME, words };

/**
 * Login and logout code in PHP: scripts (login.php), functions, controller methods and Laravel
 * route closures, with what they do to the session in order; plus Laravel login routes to
 * controllers, for their rate limit.
 */
export const lifecycleAuthAdapter: PhpAdapter = {
  name: 'php-auth-handlers',
  collect(context) {
    const { file } = context;
    const routes = findLaravelRoutes(file);
    const units = findUnits(file, routes);
    const ownUnits = new Set(routes.flatMap((r) => (r.closure ? [r.closure.id] : [])));
    const local = helperFlowsOf(file);
    const fromIncludes = includeFlowsOf(file);
    const options: FlowOptions = { file, ownUnits, helperFlow: (node) => local(node) ?? fromIncludes(node) };
    // `use Illuminate\…;`: methods of this file belong to a Laravel app.
    const imported = file.nodesOfType('namespace_use_clause').map((clause) => clause.text.replace(/^\\/, ''));
    const laravelFile = imported.some((name) => name.startsWith('Illuminate\\'));
    // `use Symfony\…;` (or Illuminate): a class of a framework app, where handlers are controllers.
    const frameworkFile = laravelFile || imported.some((name) => name.startsWith('Symfony\\'));
    for (const unit of units) {
      const named = namedRole(unit);
      if (!mayHandleAuth(file.text, unit, named)) continue;
      const flow = analyzePhpFlow(unit.body, options);
      const role = named.onlyDisconnect && !touchesLogin(flow) ? { ...named, namedLogout: false } : named;
      const branches = unit.kind === 'script' ? branchHandlers(file, unit, flow, options) : undefined;
      // A script that handles a sign-up and a login in two branches: each login branch is judged alone.
      const judged = branches && branches.logins.length > 0 ? branches.logins.map((login) => classify(context, login.unit, { namedLogin: role.namedLogin, namedLogout: false }, login.flow, laravelFile, frameworkFile)) : [classify(context, unit, role, flow, laravelFile, frameworkFile)];
      for (const fact of judged) if (fact) context.facts.push(fact);
      // A `?logout` branch of a page that is not a logout itself.
      if (role.namedLogout || judged.some((fact) => fact?.role === 'logout')) continue;
      for (const logout of branches?.logouts ?? []) {
        const fact = classify(context, logout.unit, { namedLogin: false, namedLogout: true }, logout.flow, laravelFile, frameworkFile);
        if (fact) context.facts.push(fact);
      }
    }
    for (const route of routes) {
      if (route.closure || !isLoginRoute(route, actionOf(context, route))) continue;
      const fact = routeOnlyFact(context, route);
      if (fact) context.facts.push(fact);
    }
  },
};

/** What a unit's name (or route path) says it does. */
interface NamedRole {
  readonly namedLogin: boolean;
  readonly namedLogout: boolean;
  /**
   * Named a logout only by `disconnect`, which also unlinks accounts (`GitHubAccountController::disconnect()`),
   * devices and integrations: a logout only when the unit ends something of the login (see {@link touchesLogin}).
   */
  readonly onlyDisconnect?: boolean;
}

/** The unit ends or clears something of the login: the session, a key of it, its cookie, the guard's user. */
function touchesLogin(flow: PhpFlow): boolean {
  return flow.destroys.length + flow.fullDestroys.length + flow.partials.length + flow.cookieClears.length + flow.renewals.length + flow.guardLogouts.length + flow.delegations.length > 0;
}

function namedRole(unit: AuthUnit): NamedRole {
  // A Symfony action's path says what it is for when it names a login or logout (`@Route("/logout")` on `loginAction()`).
  const symfonyPath = words(unit.symfonyRoute?.info.path ?? '');
  const name = words(unit.route?.info.path ?? (LOGOUT_NAME.test(symfonyPath) || LOGIN_NAME.test(symfonyPath) ? symfonyPath : unit.name));
  const controllerRole = unit.kind === 'method' && isSessionController(unit.className) ? (unit.name === 'store' ? 'login' : unit.name === 'destroy' ? 'logout' : undefined) : undefined;
  const namedLogout = LOGOUT_NAME.test(name) || controllerRole === 'logout';
  const namedLogin = !namedLogout && ((unit.route ? LOGIN_WORDS : LOGIN_NAME).test(name) || controllerRole === 'login');
  const onlyDisconnect = namedLogout && controllerRole !== 'logout' && !LOGOUT_NAME.test(name.replace(/(^|-)disconnect(?=-|$)/g, '$1x'));
  return { namedLogin, namedLogout, onlyDisconnect };
}

/**
 * Whether a unit's flow can make it a login or logout handler. Besides a route or a login/logout
 * name, only what the unit itself writes counts (a session key, `$_SESSION`, a guard's login or
 * logout: helpers add renewals and destroys, never these), and each of those spells "session",
 * "auth" or "guard" in the unit's text. Most methods of a large class spell none: their bodies
 * are not walked.
 */
function mayHandleAuth(text: string, unit: AuthUnit, { namedLogin, namedLogout }: NamedRole): boolean {
  if (unit.route) return true;
  return namedLogin || namedLogout || /session|auth|guard/i.test(text.slice(unit.body.startIndex, unit.body.endIndex));
}

function classify(context: PhpAdapterContext, unit: AuthUnit, { namedLogin, namedLogout }: NamedRole, flow: PhpFlow, laravelFile: boolean, frameworkFile: boolean): AuthHandlerFact | undefined {
  const framework = flow.laravel || unit.route !== undefined || (laravelFile && unit.kind !== 'script' && !flow.symfonySession) ? 'laravel' : flow.symfonySession ? 'symfony' : 'php';
  const where = unit.route ? `route path ${unit.route.info.path ?? ''}` : unit.kind === 'script' ? `script ${unit.name}.php` : `${unit.kind} ${unit.name}()`;
  const base = {
    kind: 'auth-handler' as const,
    library: framework === 'php' ? 'php-session' : framework,
    framework,
    route: unit.route?.info,
    range: unit.route?.info.range ?? rangeOf(unit.anchor),
    sessionStorage: 'server' as const,
    optionName: (key: string) => key,
    related: [unitLocation(unit)],
  };
  const isLogin = ((flow.identityWrites.length > 0 && (namedLogin || flow.credentialChecks.length > 0)) || flow.guardLogins.length > 0) && !(unit.kind === 'script' && framework === 'php' && unreachableLogin(context.file));
  // Laravel 4 has no session() helper: suggested edits use the Session facade there.
  const legacyLaravel = framework === 'laravel' && dependsOnAtLeast(context.file.project, 'laravel/framework', '5.0.0') === false;
  if (isLogin) return loginFact(context.file.text, unit, flow, { ...base, evidence: flow.credentialChecks[0] ?? where, ...loginRateLimit(context, unit, flow, framework) }, legacyLaravel);
  const looksLikeLogout = (namedLogout && judgedByName(unit, flow, laravelFile, context.file)) || (namedLogout ? flow.guardLogouts.length > 0 : flow.guardLogouts.some((node) => !conditional(node, unit.body))) || endsSessionOutright(unit, flow);
  // The firewall's logout listener answers its `logout.path` (a path or a route name) before the action runs.
  const firewalls = unit.symfonyRoute !== undefined && looksLikeLogout && firewallAnswersLogout(context.file, unit.symfonyRoute);
  // A token API's logout (`currentAccessToken()->delete()`) where the api group has no session: nothing to end.
  const tokenOnly = looksLikeLogout && laravelFile && tokenLogoutWithoutSession(unit, flow, context.file);
  if (looksLikeLogout && !firewalls && !tokenOnly && !leftToCallers(context, unit, framework, frameworkFile) && judgedAsLogout(unit, flow, context.file, framework !== 'php' || frameworkFile, namedLogout, frameworkFile && !laravelFile)) return logoutFact(context.file.text, unit, flow, { ...base, evidence: flow.guardLogouts.length > 0 ? 'Auth::logout()' : where }, legacyLaravel);
  // A login route that checks credentials some other way still needs a rate limit.
  if (unit.route && isLoginRoute(unit.route)) return { ...base, role: 'login', evidence: where, rateLimited: rateLimitOf(context, unit.route) };
  // A Symfony login action that hands the login to a service of the project, or checks the password itself and
  // answers with a token (a FOSRest `@Rest\Post("/api/authenticate")` action): its route still needs a limiter
  // (the renewal is judged in the service, where the user is written; a token login writes no session).
  if (unit.symfonyRoute && namedLogin && /POST|ANY|PUT/.test(unit.symfonyRoute.info.method) && (flow.delegatedLogins.length > 0 || flow.credentialChecks.length > 0)) return { ...base, role: 'login', evidence: where, route: unit.symfonyRoute.info, rateLimited: symfonyActionThrottled(flow) };
  return undefined;
}

/** `private function resolveLogoutIdToken()`: phpMyFAQ's Keycloak controller. */
function isPrivateMethod(unit: AuthUnit): boolean {
  return unit.kind === 'method' && namedChildren(unit.node).some((child) => child.type === 'visibility_modifier' && child.text.toLowerCase() === 'private');
}

/**
 * Whether a unit called logout… is a logout of this app's PHP session. A route, a script (logout.php),
 * a framework controller's method, and any unit that touches the session are, whatever they do. A
 * plain function or method in a file that never touches PHP's session is not: WordPress's
 * `wp_logout()` ends its own session tokens (`wp_destroy_current_session()`), and `wp_logout_url()`
 * builds a link.
 */
function judgedByName(unit: AuthUnit, flow: PhpFlow, laravelFile: boolean, file: PhpAdapterContext['file']): boolean {
  // A private method is a helper, never an action (no framework routes to it): one named for something beside
  // the logout is not the logout, whatever session it reads.
  if (isPrivateMethod(unit) && besideLogout(unit.name)) return false;
  if (unit.route || unit.kind === 'script' || laravelFile || flow.laravel || flow.symfonySession || /controller$/i.test(unit.className ?? '')) return true;
  if (flow.destroys.length + flow.fullDestroys.length + flow.partials.length + flow.cookieClears.length + flow.renewals.length + flow.identityWrites.length > 0) return true;
  if (besideLogout(unit.name)) return false;
  let uses = fileUsesSession.get(file);
  if (uses === undefined) {
    uses = usesPhpSession(file);
    fileUsesSession.set(file, uses);
  }
  return uses;
}

/**
 * A plain-PHP helper named like a logout (a function, or a method of a class that is no controller) is
 * not judged where the application's requests do not make it the logout (app/logoutCallers.ts): a
 * function nothing calls, or a helper whose calling script ends the session itself. A method nothing
 * instance method nothing calls by name is still judged: a front controller may dispatch to it by a name held in data.
 */
function leftToCallers(context: PhpAdapterContext, unit: AuthUnit, framework: string, frameworkFile: boolean): boolean {
  if (framework !== 'php' || frameworkFile || (unit.kind !== 'function' && unit.kind !== 'method') || /controller$/i.test(unit.className ?? '')) return false;
  const reach = logoutReach(context.file, unit.node, unit.name);
  // A router dispatches to controller instances; a static helper (`Auth::logout()`) is called by its name.
  const calledByName = unit.kind === 'function' || namedChildren(unit.node).some((child) => child.type === 'static_modifier');
  return reach === 'ended-by-caller' || (reach === 'unreached' && calledByName);
}

/**
 * A script whose own statements end the session (`session_destroy();`, `$_SESSION = [];`,
 * `session_unset();` at the top level, not under a condition) and log nobody in is a logout,
 * whatever its name says: `deconnection.php`, `quit.php`, when it answers the request (a redirect,
 * output). A destroy inside an `if` is an idle timeout or an error path of a page, not the page's purpose.
 */
function endsSessionOutright(unit: AuthUnit, flow: PhpFlow): boolean {
  if (unit.kind !== 'script' || flow.identityWrites.length > 0 || flow.guardLogins.length > 0) return false;
  // A page answers (a redirect, output); a file that only ends the session is a helper its includer calls, judged there.
  const answers = flow.calls.some((call) => call.name === 'header') || namedChildren(unit.body).some((node) => node.type === 'text' || node.type === 'echo_statement');
  if (!answers) return false;
  const topLevel = (node: Node): boolean => {
    const statement = node.parent?.type === 'expression_statement' ? node.parent : node;
    return statement.parent?.type === 'program';
  };
  const clearsAll = (node: Node): boolean => (node.type === 'assignment_expression' && node.childForFieldName('left')?.text === '$_SESSION') || /^session_unset$/i.test(calledName(node) ?? '');
  return [...flow.destroys, ...flow.fullDestroys].some(topLevel) || flow.partials.some((node) => clearsAll(node) && topLevel(node));
}

const BRANCHES: ReadonlySet<string> = new Set(['if_statement', 'else_clause', 'else_if_clause', 'catch_clause', 'switch_statement', 'match_expression', 'conditional_expression']);

/**
 * A statement that runs only on some paths of the unit. A guard logout there, in a unit not named
 * for a logout, is a forced logout on an error path (`else { return auth()->logout(); }` for a user
 * whose role is unknown), not the user's logout.
 */
function conditional(node: Node, body: Node): boolean {
  for (let current = node.parent; current && current.id !== body.id; current = current.parent) {
    if (BRANCHES.has(current.type)) return true;
  }
  return false;
}

const fileUsesSession = new WeakMap<PhpAdapterContext['file'], boolean>();

/**
 * `$_SESSION` or a `session_*()` call anywhere in the file: the calls from the file's index, the
 * variables walked only in a file whose text names `$_SESSION`.
 */
function usesPhpSession(file: PhpAdapterContext['file']): boolean {
  if (file.nodesOfType('function_call_expression').some((call) => /^session_/i.test(calledName(call) ?? ''))) return true;
  if (!file.mentions(/\$_SESSION\b/)) return false;
  return file.root.descendantsOfType('variable_name').some((found) => found !== null && variableName(found) === '_SESSION');
}

function unitLocation(unit: AuthUnit): RelatedLocation {
  if (unit.route) return { message: `The ${unit.route.info.method} ${unit.route.info.path ?? ''} route.`.replace(' .', '.'), range: unit.route.info.range };
  if (unit.kind === 'script') return { message: `The script ${unit.name}.php.`, range: rangeOf(unit.anchor) };
  return { message: `The ${unit.kind} ${unit.className ? `${unit.className}::` : ''}${unit.name}().`, range: rangeOf(unit.anchor) };
}

/**
 * POST (or any) routes whose path names a login: `/login`, `/auth/login`, `sign-in`, `/authenticate`,
 * or ends in `/token`, `/session` on a path of no one resource (creating a session or a token is logging in;
 * `/sessions/{id}/extend` and `/nodes/{node}/settings/token` are not).
 * When the controller action was read, its body decides where it disagrees with the path: a guard
 * `attempt()` behind `POST /actionlogin` is a login; `POST /siwa/sign-in` that only redirects to
 * Apple takes no password.
 */
function isLoginRoute(route: LaravelRoute, action?: ActionKind): boolean {
  if (!UNSAFE_LOGIN_METHODS.test(route.info.method)) return false;
  // Behind Laravel's `auth` middleware the user is logged in already: detaching a social login
  // (`/login/service/{driver}/detach`), authorising a broadcast channel (`broadcasting/auth`).
  if (behindAuth(route)) return false;
  const segments = (route.info.path ?? '').split('/').filter((s) => s !== '' && !s.startsWith('{'));
  const path = words(segments.join('/'));
  // A sign-up that logs the new account in (`Auth::attempt` after creating it) is not a login form.
  if (action) return action === 'login' && !SIGN_UP_NAME.test(path);
  if (LOGOUT_NAME.test(path)) return false;
  if (LOGIN_NAME.test(path)) return true;
  // A token or session of one resource (`/nodes/view/{node}/settings/token`: a node's deployment key) is not a login.
  const ofResource = (route.info.path ?? '').includes('{');
  return !ofResource && /^(token|session|sessions|auth)$/i.test(segments[segments.length - 1] ?? '');
}

const UNSAFE_LOGIN_METHODS = /POST|ANY|PUT/;
const SIGN_UP_NAME = /(^|-)(register|registration|sign-?up|join)(-|$)/;

function behindAuth(route: LaravelRoute): boolean {
  return route.middleware.some((name) => /^auth(:|$)/i.test(name));
}

/** What a route's controller action does with credentials, read only for routes that could be a login. */
function actionOf(context: PhpAdapterContext, route: LaravelRoute): ActionKind | undefined {
  if (!route.controller || !UNSAFE_LOGIN_METHODS.test(route.info.method) || behindAuth(route)) return undefined;
  return laravelAppOf(context.file)?.actionKind(context.file, route.controller);
}

/**
 * Whether a throttle guards a Laravel route: `->middleware('throttle:5,1')`, a throttled group,
 * `ThrottleRequests`; then, from the app model, the controller (its middleware, a limiter in the
 * method or its form request, ThrottlesLogins) and the route file's middleware group (Kernel.php,
 * bootstrap/app.php). Undefined when that cannot be told (routes/api.php of an app whose groups
 * cannot be read: its api group is throttled by default up to Laravel 10).
 */
export function rateLimitOf(context: PhpAdapterContext, route: LaravelRoute): boolean | undefined {
  if (route.middleware.some((m) => /throttle|ratelimit/i.test(m))) return true;
  const verdict = laravelRouteThrottle(context.file, route);
  if (verdict.throttledBy) return true;
  if (verdict.group === 'none' && (verdict.controller !== undefined || !route.controller)) return false;
  if (/(^|\/)routes\/api\.php$/i.test(context.file.fileName.replace(/\\/g, '/'))) return undefined;
  // A controller the model could not read: Breeze's and laravel/ui's scaffolding throttle by themselves.
  if (route.controller && verdict.controller === undefined && SELF_THROTTLING.has(route.controller.className)) return undefined;
  return false;
}

/**
 * A login's rate limit: a Laravel route's from its middleware and the app; a plain PHP login script's
 * from what the script does (an attempts counter, a sleep, a limiter call), reported on its first read
 * of the posted form. Functions and methods of plain PHP are not judged: their caller is out of sight.
 */
function loginRateLimit(context: PhpAdapterContext, unit: AuthUnit, flow: PhpFlow, framework: string): { rateLimited?: boolean; route?: AuthHandlerFact['route'] } {
  if (unit.route) return { rateLimited: rateLimitOf(context, unit.route) };
  // A login written in a Symfony action: the firewall's login_throttling only watches its authenticators, so the action needs its own limiter.
  if (unit.symfonyRoute) return { route: unit.symfonyRoute.info, rateLimited: symfonyActionThrottled(flow) };
  if (unit.kind !== 'script' || framework !== 'php') return {};
  const route = scriptLoginRoute(unit, flow);
  return route ? { route, rateLimited: scriptThrottled(flow) } : {};
}

/**
 * A Symfony action that logs in by itself limits attempts when it counts them (see {@link PhpFlow.throttles})
 * or asks a RateLimiter (`$limiter->consume(1)->isAccepted()`, `->reserve()`).
 */
function symfonyActionThrottled(flow: PhpFlow): boolean {
  return flow.throttles.length > 0 || consumesRateLimiter(flow);
}

/** A login route to a controller: only its rate limit can be judged here. */
function routeOnlyFact(context: PhpAdapterContext, route: LaravelRoute): AuthHandlerFact | undefined {
  // `Route::post('signin', 'UsersController@postSignin')` whose action creates the account: a sign-up, not a login.
  if (route.controller && laravelAppOf(context.file)?.isSignUpAction(context.file, route.controller)) return undefined;
  const rateLimited = rateLimitOf(context, route);
  // A scaffolded controller the model could not read: left unjudged, no fact.
  if (rateLimited === undefined && route.controller && SELF_THROTTLING.has(route.controller.className)) return undefined;
  return {
    kind: 'auth-handler',
    library: 'laravel',
    framework: 'laravel',
    role: 'login',
    evidence: `route path ${route.info.path ?? ''}`,
    route: route.info,
    range: route.info.range,
    sessionStorage: 'server',
    rateLimited,
    optionName: (key) => key,
    related: [{ message: `The ${route.info.method} ${route.info.path ?? ''} route.`, range: route.info.range }],
  };
}

