import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { AuthHandlerFact, SessionStorage } from '../../../model/lifecycleFacts';
import { dependsOnAtLeast } from '../../../model/project';
import type { RelatedLocation } from '../../../model/facts';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { childrenOf, memberName, stringLiteral, unwrap, type Node } from '../ast';
import { bodyCarriesPassword } from '../lifecycle/nestBody';
import { destroyEdits, renewEdits, type HandlerParams } from '../lifecycle/authEdits';
import { analyzeHandlerFlow, type HandlerFlow } from '../lifecycle/handlerFlow';
import { findRouteHandlers, isPassportAuthenticate, type RouteHandler } from '../lifecycle/routes';
import { rangeOfNode } from '../optionValues';
import { lookup } from '../scope';
import { sessionStorageOf } from '../lifecycle/sessionStorage';
import { rateLimitOf } from '../lifecycle/rateLimit';
import { delegatesLogout } from '../lifecycle/logoutDelegation';
import { LOGIN_NAME, LOGOUT_NAME, PASSWORD_RESET_NAME, pathWords, words } from '../lifecycle/names';
import { redirectsOnly, rendersOnly } from '../lifecycle/redirectOnly';
import { fastifyFullPath } from '../assembly/fastify/lifecycle';
import { nestModuleLogins } from '../lifecycle/nestModuleLogins';
import { sessionLoginGuard } from '../assembly/nest/guards';
import { isUnmountedRouterFile } from '../assembly/unmountedRouter';
import { mutationRateLimited } from '../assembly/graphql/rateLimit';

const LOGIN_PATH = /(^|[/_.-])(log-?in|sign-?in|authenticate|auth|session|sessions|token)([/_.-]|$)/i;
const SIGNUP_PATH = /(^|[/_.-])(sign-?up|register|registration)([/_.-]|$)/i;
const LOGOUT_PATH = /(^|[/_.-])(log-?out|sign-?out|log-?off)([/_.-]|$)/i;
const PASSWORD_NAME = /^(password|passwd|pass|pwd)$/i;

const optionName = (key: string): string => key;

/** Login and logout handlers of Express, Fastify and NestJS apps, with what they do to the session. */
export const authHandlerAdapter: JsAdapter = {
  name: 'auth-handlers',
  collect(context) {
    const handlers = findRouteHandlers(context);
    // passport 0.6 renews the session id at login and made req.logout() take a callback; unknown versions are taken as current.
    const passportRenews = dependsOnAtLeast(context.file.project, 'passport', '0.6.0') !== false;
    if (handlers.length === 0) {
      const moduleLogins = nestModuleLogins(context, sessionStorageOf(context), passportRenews, (node) => isPassportCall(context, node), (call, path) => passportRole(context, call, path, false, new Set()));
      context.facts.push(...moduleLogins);
      return;
    }
    const storage = sessionStorageOf(context);
    const routePaths = new Set(handlers.flatMap((h) => (h.route?.path !== undefined ? [h.route.path] : [])));
    for (const route of handlers) {
      // A router file nothing mounts serves no request: its login and logout are never reached.
      if (route.framework === 'express' && route.route && isUnmountedRouterFile(context, route.node)) continue;
      const fact = classify(context, route, storage, passportRenews, routePaths);
      if (fact) context.facts.push(fact);
    }
  },
};


function paramName(param: TSESTree.Parameter | undefined): string | undefined {
  const target = param?.type === 'TSParameterProperty' ? param.parameter : param;
  return target?.type === 'Identifier' ? target.name : undefined;
}

/** `({ body, session }, reply) => …`: the session taken out of the request in the parameter list. */
function destructuredSession(param: TSESTree.Parameter | undefined): string[] {
  const target = param?.type === 'TSParameterProperty' ? param.parameter : param;
  if (target?.type !== 'ObjectPattern') return [];
  return target.properties.flatMap((p) =>
    p.type === 'Property' && p.key.type === 'Identifier' && p.key.name === 'session' && p.value.type === 'Identifier' ? [p.value.name] : [],
  );
}

function requestParam(route: RouteHandler): HandlerParams {
  const fn = route.handler;
  if (route.params) return route.params;
  if (!fn) return { sessionNames: [] };
  if (route.framework !== 'nest') {
    return { request: paramName(fn.params[0]), response: paramName(fn.params[1]), next: paramName(fn.params[2]), sessionNames: destructuredSession(fn.params[0]) };
  }
  const result: { request?: string; response?: string; sessionNames: string[] } = { sessionNames: [] };
  for (const param of fn.params) {
    const decorators = 'decorators' in param ? (param.decorators as TSESTree.Decorator[]) : [];
    const id = paramName(param);
    for (const decorator of decorators ?? []) {
      const expression = unwrap(decorator.expression);
      const callee = expression.type === 'CallExpression' ? unwrap(expression.callee) : undefined;
      const decoratorName = callee?.type === 'Identifier' ? callee.name : undefined;
      if (decoratorName === 'Req' || decoratorName === 'Request') {
        result.request = id;
        result.sessionNames.push(...destructuredSession(param));
      }
      if (decoratorName === 'Res' || decoratorName === 'Response') result.response = id;
      if (decoratorName === 'Session' && id) result.sessionNames.push(id);
    }
  }
  return result;
}

type Base = Omit<AuthHandlerFact, 'role' | 'evidence'>;

function baseOf(route: RouteHandler, storage: SessionStorage): Base {
  const range = route.route?.range ?? route.nameRange ?? rangeOfNode(route.node);
  const related: RelatedLocation[] = route.route
    ? [{ message: `The ${route.route.method} ${route.route.path ?? ''} route.`.replace(' .', '.'), range: route.route.range }]
    : route.operation === 'mutation'
      ? [{ message: `The GraphQL mutation ${route.name ?? ''}.`, range }]
      : [{ message: `The handler exported as ${route.name ?? 'a route handler'}.`, range }];
  return { kind: 'auth-handler', library: route.framework, framework: route.framework, route: route.route, range, sessionStorage: storage, optionName, related };
}

function classify(context: AdapterContext, route: RouteHandler, storage: SessionStorage, passportRenews: boolean, routePaths: ReadonlySet<string>): AuthHandlerFact | undefined {
  const params = requestParam(route);
  // A Fastify route's own path lacks its plugins' prefixes (an autoloaded `routes/auth/` folder adds `/auth`).
  const path = fastifyFullPath(context, route) ?? route.route?.path ?? '';
  const name = route.route ? '' : words(route.name ?? '');
  const loginGuard = route.framework === 'nest' ? sessionLoginGuard(context, route.middleware) : undefined;
  const passportMiddleware = route.middleware.find((node) => isPassportCall(context, node)) ?? loginGuard?.node ?? (route.handler ? undefined : findPassportCall(context, route.node));
  const flow = route.handler
    ? analyzeHandlerFlow({
        file: context.file,
        handler: route.handler,
        requestName: params.request,
        sessionNames: params.sessionNames,
        passportRenews,
        resolver: context.resolver,
        isRenewalHelper: (call) => callsSessionMethod(context, call, 'regenerate'),
        isDestroyHelper: (call) => callsSessionMethod(context, call, 'destroy'),
      })
    : undefined;
  const base = baseOf(route, storage);
  // `DELETE /session`: ending the session resource is the REST form of a logout.
  const namedLogout = LOGOUT_PATH.test(path) || LOGOUT_NAME.test(name) || (route.route?.method === 'DELETE' && SESSION_RESOURCE.test(path));
  // A reset or change of the password that writes the user into the session logs them in (lireddit's `changePassword`).
  const passwordReset = PASSWORD_RESET_NAME.test(pathWords(path)) || PASSWORD_RESET_NAME.test(name);
  const namedLogin = (LOGIN_PATH.test(path) || LOGIN_NAME.test(name) || passwordReset) && !namedLogout;
  const isLogin =
    flow !== undefined && ((flow.identityWrites.length > 0 && (namedLogin || flow.credentialChecks.length > 0 || passportMiddleware !== undefined)) || flow.passportLogins.length > 0);
  if (isLogin && flow) return loginFact(context, route, flow, params, base, passportRenews, passportMiddleware, loginGuard && !passportRenews ? loginGuard.node : undefined);
  // A Nest guard's strategy is in its class (`extends AuthGuard('google')`): a federated login's callback checks no password here.
  const passportStep = loginGuard ? (loginGuard.strategy === undefined || PASSWORD_STRATEGY.test(loginGuard.strategy) ? 'password' : 'federated') : passportMiddleware ? passportRole(context, passportMiddleware, path, route.handler !== undefined, routePaths) : undefined;
  if (passportMiddleware && passportStep !== 'start' && (!flow || flow.identityWrites.length === 0)) {
    // passport.authenticate() logs the user in itself: it renews the session only from passport 0.6 on.
    return {
      ...base,
      role: 'login',
      evidence: 'passport.authenticate()',
      renewal: passportRenews ? 'renewed' : 'missing',
      renewalRange: rangeOfNode(passportMiddleware),
      identityWrite: rangeOfNode(passportMiddleware),
      // Rate limits guard password guessing; an OAuth or SAML callback checks no password here.
      rateLimited: passportStep === 'password' ? rateLimitOf(context, route) : undefined,
    };
  }
  // An exported function named logout… with no route is judged only when it touches the session:
  // library methods such as MSAL's logoutRedirect() end no session of this app.
  const touchesSession = flow !== undefined && flow.destroys.length + flow.partialLogouts.length + flow.passportLogouts.length + flow.renewals.length > 0;
  // `GET /auth/logout-wait` rendering "logging out, please wait": the page a logout redirects to, not a logout.
  const logoutPage = route.route !== undefined && !touchesSession && LOGOUT_PAGE.test(path) && route.handler !== undefined && rendersOnly(route.handler);
  const isLogout = flow !== undefined && (namedLogout || flow.passportLogouts.length > 0) && route.route?.method !== 'OPTIONS' && (route.route !== undefined || touchesSession) && !logoutPage;
  // A logout of an app that has no session at all (a token API: no session library in the file or the
  // project, and the handler touches none) has no session to end.
  const sessionless = storage === 'unknown' && !touchesSession && !hasSessionLibrary(context);
  // A logout handed to a service (`await this.authService.logout(user)`) is judged by that service: unknown here.
  if (isLogout && flow && !sessionless) return delegatesLogout(flow.calls, params.request) ? undefined : logoutFact(context, route, flow, params, base, passportRenews);
  // A login route that issues a token instead of a session still needs a rate limit.
  const credential = flow?.credentialChecks[0] ?? route.middleware.map(guardCredential).find((g) => g !== undefined);
  // A login by what it does, whatever its path says (`/api/users/sigin`): a password checked, then a token issued.
  if (route.route && credential && route.route.method !== 'GET' && (LOGIN_PATH.test(withoutAuthPrefix(path)) || issuesToken(flow?.calls ?? []))) {
    return { ...base, role: 'login', evidence: credential, rateLimited: rateLimitOf(context, route) };
  }
  // `router.post('/login', auth.login)`: the handler is in another module, the route and its limiter are here.
  // A handler of this file that hands the credentials to a service (`await login(req.body.user)`, RealWorld) too:
  // the path alone names a login, and password guessing needs a limit whatever the login issues.
  // A handler that only redirects takes no credentials (code-server's `/login` when password auth is off).
  // A Nest `@Post('login')` handing a password in its `@Body()` to a service (`return this.authService.signIn(dto)`) too.
  const handsOnCredentials = route.framework === 'express' || (route.framework === 'nest' && route.handler !== undefined && bodyCarriesPassword(context.file, route.handler));
  if (route.route && (!route.handler || handsOnCredentials) && /POST|PUT|ALL|\?/.test(route.route.method) && isLoginPath(path) && !(route.handler && redirectsOnly(route.handler))) {
    return { ...base, role: 'login', evidence: `route path ${path}`, rateLimited: rateLimitOf(context, route) };
  }
  return undefined;
}

/** A path ending in the session itself (`/session`, `/api/v1/session`), not one session of a list (`/sessions/:id`). */
const SESSION_RESOURCE = /(?:^|\/)session\/?$/i;

/** A path whose last segment adds a word to the logout (`/logout-wait`, `/signout_success`): a page's name. */
const LOGOUT_PAGE = /(?:log|sign)[-_]?out[-_][a-z]+\/?$/i;

const SESSION_LIBRARIES = ['express-session', 'cookie-session', '@fastify/session', '@fastify/secure-session', 'fastify-session', 'fastify-secure-session', 'passport', '@nestjs/passport', 'client-sessions', 'koa-session', 'iron-session', 'lucia'];

/** Evidence that the app has sessions: a session library imported or declared, or any `x.session` / `@Session()` in the file. */
function hasSessionLibrary(context: AdapterContext): boolean {
  if (context.importsAny(SESSION_LIBRARIES) || SESSION_LIBRARIES.some((name) => name in context.file.project.dependencies)) return true;
  const stack: Node[] = [context.file.program];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'MemberExpression' && memberName(node) === 'session') return true;
    if (node.type === 'Decorator' && node.expression.type === 'CallExpression' && node.expression.callee.type === 'Identifier' && node.expression.callee.name === 'Session') return true;
    stack.push(...childrenOf(node));
  }
  return false;
}

/** `jwt.sign(…)`, `server.jwt.sign(…)`, `this.jwtService.signAsync(…)`, `reply.jwtSign(…)`: the handler hands out a token. */
function issuesToken(calls: readonly string[]): boolean {
  return calls.some((call) => {
    const path = call.split('.');
    const method = path[path.length - 1] ?? '';
    return method === 'jwtSign' || (/^sign(Async)?$/.test(method) && path.slice(0, -1).some((part) => /jwt/i.test(part)));
  });
}

/** A path that can only be a login: `/login`, `/auth/sign-in`, `/authenticate`, or one ending in `/token` or `/session`. */
function isLoginPath(path: string): boolean {
  const segments = path.split('/').filter((s) => s !== '' && !s.startsWith(':'));
  return LOGIN_NAME.test(words(segments.join('-'))) || /^(token|session|sessions)$/i.test(segments[segments.length - 1] ?? '');
}

/** `/auth/password` → `/password`: an `auth` prefix alone does not make a login (it checks a password, but needs a session). */
function withoutAuthPrefix(path: string): string {
  const segments = path.split('/').filter((segment) => segment !== '' && !segment.startsWith(':'));
  return `/${segments.filter((segment, i) => !(/^auth$/i.test(segment) && i < segments.length - 1)).join('/')}`;
}

/** `UseGuards(LocalAuthGuard)`, `AuthGuard('local')`: a guard that checks the credentials before the handler runs. */
function guardCredential(node: Node): string | undefined {
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = unwrap(stack.pop()!);
    if (current.type === 'Identifier' && /^(Local|Password|Basic)AuthGuard$/.test(current.name)) return current.name;
    if (current.type === 'CallExpression' && current.callee.type === 'Identifier' && current.callee.name === 'AuthGuard' && /^(local|basic)$/.test(stringLiteral(current.arguments[0]) ?? '')) {
      return `AuthGuard('${stringLiteral(current.arguments[0])}')`;
    }
    stack.push(...childrenOf(current));
  }
  return undefined;
}

/**
 * @param guardLogin a Nest guard that logs the user in with a passport that does not renew: it runs
 *   before the handler, so the handler's own writes go into a session already fixed; the finding sits on it.
 */
function loginFact(context: AdapterContext, route: RouteHandler, flow: HandlerFlow, params: HandlerParams, base: Base, passportRenews: boolean, passportMiddleware: Node | undefined, guardLogin?: Node): AuthHandlerFact {
  const where = route.route ? `route path ${route.route.path ?? ''}` : `${route.operation ?? 'handler'} ${route.name ?? ''}`;
  const evidence = flow.credentialChecks[0] ?? (passportMiddleware ? 'passport.authenticate()' : flow.passportLogins.length > 0 ? 'req.login()' : where);
  const firstWrite = flow.identityWrites[0];
  const renewers = passportRenews ? [...flow.renewals, ...flow.passportLogins] : flow.renewals;
  // passport.authenticate() or a login guard before the handler renews the session (passport ≥ 0.6) before the handler writes anything.
  const renewedBefore = passportRenews && passportMiddleware !== undefined && route.handler !== undefined;
  const renewal = !flow.firstUncovered || renewedBefore ? 'renewed' : renewers.length > 0 ? 'late' : 'missing';
  // A write in a helper of this file is reported there; one in another file at the handler's call of the helper.
  const site = flow.identitySite;
  const elsewhere = site !== undefined && site.file.fileName !== context.file.fileName;
  const target = (flow.firstUncovered ? guardLogin : undefined) ?? (site && !elsewhere ? site.node : undefined) ?? flow.firstUncovered ?? firstWrite;
  const siteRelated: RelatedLocation[] = site && elsewhere ? [{ message: 'The helper writes the user identity into the session here.', range: rangeOfNode(site.node), file: site.file.fileName }] : [];
  return {
    ...base,
    role: 'login',
    evidence,
    identityWrite: target ? rangeOfNode(target) : undefined,
    renewal,
    renewalRange: renewers[0] ? rangeOfNode(renewers[0]) : undefined,
    awaitedCalls: flow.awaitedCalls,
    // Signing up logs the new user in but checks no password: nothing to guess, so no login rate limit is asked.
    // A reset link's token is random, not a password to guess: no limit asked either.
    rateLimited: route.route && !SIGNUP_PATH.test(route.route.path ?? '') && !PASSWORD_RESET_NAME.test(pathWords(route.route.path ?? '')) && !oauthCallback(route.route.path, flow) ? rateLimitOf(context, route) : route.operation === 'mutation' && guessableMutation(route, flow) ? mutationRateLimited(context, route) : undefined,
    // A late renewal needs moving, not a second regenerate: no edit for it.
    renewEdits: flow.firstUncovered && renewal === 'missing' && route.handler ? renewEdits(context, route, route.handler, flow.firstUncovered, params) : undefined,
    related: [...(base.related ?? []), ...(target ? [{ message: elsewhere && target === flow.firstUncovered ? 'The handler calls the code that writes the user identity into the session here.' : 'The user identity is written into the session here.', range: rangeOfNode(target) }] : []), ...siteRelated],
  };
}

function logoutFact(context: AdapterContext, route: RouteHandler, flow: HandlerFlow, params: HandlerParams, base: Base, passportRenews: boolean): AuthHandlerFact {
  // express-session's regenerate() destroys the old session in the store (@fastify/session's does not).
  const regenerates = route.framework !== 'fastify' && base.sessionStorage !== 'cookie' && flow.renewals.length > 0;
  // No passport version known: `req.logout()` without a callback is wrong on every one (< 0.6 it only drops
  // `passport.user`, ≥ 0.6 it throws), so it is no end of the session.
  const failsOnEveryVersion = dependsOnAtLeast(context.file.project, 'passport', '0.6.0') === undefined ? flow.passportLogouts.find(withoutCallback) : undefined;
  const destroyed = flow.destroys.length > 0 || regenerates || (passportRenews && flow.passportLogouts.length > 0 && !failsOnEveryVersion);
  // The first partial ending in the handler (passport < 0.6's `req.logout()` only drops `passport.user`): where the fix goes.
  const partial = firstOf(flow.partialLogouts[0], !passportRenews ? flow.passportLogouts[0] : undefined) ?? failsOnEveryVersion ?? (route.framework === 'fastify' ? flow.renewals[0] : undefined);
  // passport ≥ 0.6 (known from the lockfile or package.json): `req.logout()` without a callback throws before it clears anything.
  const throwing = dependsOnAtLeast(context.file.project, 'passport', '0.6.0') === true ? flow.passportLogouts.find(withoutCallback) : undefined;
  if (throwing && flow.destroys.every((d) => d.range[0] > throwing.range[0])) {
    return { ...base, role: 'logout', evidence: 'req.logout()', destruction: 'throws', awaitedCalls: flow.calls, partialRange: rangeOfNode(calleeHead(throwing)) };
  }
  return {
    ...base,
    role: 'logout',
    evidence: flow.passportLogouts.length > 0 ? 'req.logout()' : route.route ? `route path ${route.route.path ?? ''}` : `${route.operation ?? 'handler'} ${route.name ?? ''}`,
    destruction: destroyed ? 'destroyed' : partial ? 'partial' : 'missing',
    awaitedCalls: flow.calls,
    partialRange: partial ? rangeOfNode(partial) : undefined,
    destroyEdits: !destroyed && route.handler ? destroyEdits(context, route, route.handler, partial, params, base.sessionStorage) : undefined,
  };
}

function firstOf(a: Node | undefined, b: Node | undefined): Node | undefined {
  return a && b ? (b.range[0] < a.range[0] ? b : a) : a ?? b;
}

/** `req.logout()` or `req.logout({ keepSessionInfo })`: no argument that could be the callback. */
function withoutCallback(call: TSESTree.CallExpression): boolean {
  return call.arguments.length === 0 || (call.arguments.length === 1 && unwrap(call.arguments[0]!).type === 'ObjectExpression');
}

/** `req.logout` of `req.logout()`: where the fix (a callback) goes, without the arguments. */
function calleeHead(call: TSESTree.CallExpression): Node {
  return call.callee;
}

/** A call of a helper in this file that renews or destroys the session itself (`await regenerateSession(req)`). */
function callsSessionMethod(context: AdapterContext, call: TSESTree.CallExpression, method: 'regenerate' | 'destroy'): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== 'Identifier' && callee.type !== 'MemberExpression') return false;
  // Cached per callee: every call of every handler is asked about twice (regenerate, destroy).
  // Only helpers of this file count, so the modules it imports are never parsed for the question.
  const target = context.resolveLocal(callee);
  if (target.kind !== 'function' || target.file !== context.file) return false;
  const stack: Node[] = [target.node.body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    // `x.session.regenerate(cb)`, and `promisify(x.session.regenerate.bind(x.session))` (the method taken, called later).
    if (node.type === 'MemberExpression' && memberName(node) === method) {
      const object = unwrap(node.object);
      if (object.type === 'MemberExpression' && memberName(object) === 'session') return true;
    }
    stack.push(...childrenOf(node));
  }
  return false;
}

/** Strategies that check a password (or a code) sent to this route, and so can be guessed against. */
const PASSWORD_STRATEGY = /local|password|basic|digest|ldap|login|signin|totp|otp|magic|custom/i;
const CALLBACK_PATH = /callback|return|redirect|(^|\/)cb(\/|$)/i;
const COMPLETION_OPTIONS = ['successRedirect', 'failureRedirect', 'successReturnToOrRedirect', 'failWithError', 'successMessage', 'failureMessage'];

/**
 * What a `passport.authenticate(strategy, options)` route does: a password login, the completion of
 * a federated login (the OAuth/SAML callback), or the start of one (a redirect to the provider,
 * which logs nobody in).
 */
function passportRole(context: AdapterContext, call: Node, path: string, hasHandler: boolean, routePaths: ReadonlySet<string>): 'password' | 'federated' | 'start' {
  if (call.type !== 'CallExpression') return 'password';
  const strategy = call.arguments[0] ? context.resolver.resolve(call.arguments[0], context.file) : undefined;
  const names = strategy?.kind === 'literal' ? [String(strategy.value)] : strategy?.kind === 'array' ? strategy.elements.map((e) => (e.kind === 'literal' ? String(e.value) : '')) : [];
  if (names.length === 0 || names.some((name) => PASSWORD_STRATEGY.test(name))) return 'password';
  // `/auth/google` beside `/auth/google/callback`: the first sends the user to the provider, the second logs in
  // (both often pass the same `failureRedirect`).
  if (!CALLBACK_PATH.test(path) && [...routePaths].some((other) => other.startsWith(`${path.replace(/\/$/, '')}/`) && CALLBACK_PATH.test(other))) return 'start';
  const options = call.arguments[1] ? context.resolver.resolve(call.arguments[1], context.file) : undefined;
  const completes = options?.kind === 'object' && options.entries.some((e) => COMPLETION_OPTIONS.includes(e.key));
  const callbackArgument = call.arguments.some((a) => a.type === 'ArrowFunctionExpression' || a.type === 'FunctionExpression');
  return completes || callbackArgument || hasHandler || CALLBACK_PATH.test(path) ? 'federated' : 'start';
}

function findPassportCall(context: AdapterContext, node: Node): Node | undefined {
  if (node.type !== 'CallExpression') return undefined;
  return node.arguments.find((a) => isPassportCall(context, a));
}

/**
 * `passport.authenticate(…)`, or a call of a name bound to it (`const pauth = passport.authenticate.bind(passport)`,
 * node-express-mongoose-demo).
 */
function isPassportCall(context: AdapterContext, node: Node): boolean {
  if (isPassportAuthenticate(node)) return true;
  const target = unwrap(node);
  const callee = target.type === 'CallExpression' ? unwrap(target.callee) : undefined;
  if (callee?.type !== 'Identifier') return false;
  const binding = lookup(context.file, callee.name, callee);
  if (binding?.kind !== 'variable' || !binding.init || binding.path.length > 0) return false;
  let init = unwrap(binding.init);
  // `passport.authenticate.bind(passport)`: the method itself, bound.
  if (init.type === 'CallExpression' && unwrap(init.callee).type === 'MemberExpression' && memberName(unwrap(init.callee) as TSESTree.MemberExpression) === 'bind') {
    init = unwrap((unwrap(init.callee) as TSESTree.MemberExpression).object);
  }
  if (init.type !== 'MemberExpression' || memberName(init) !== 'authenticate') return false;
  const object = unwrap(init.object);
  return object.type === 'Identifier' && object.name === 'passport';
}

/** Mutations that log a user in without a password to guess: a sign-up, a reset or confirmation link's random token. */
const NOT_A_PASSWORD_LOGIN = /(^|-)(sign-?up|register|registration|reset|change|forgot|confirm|verify|activate)(-|$)/;

/**
 * A login mutation whose password a client could guess: its name is no sign-up or reset, and it checks
 * a credential, or it is named as a login and reads a password (`signIn` handing `password` to a
 * service of the app: `Auth.signInAttempt(email, password)`).
 */
function guessableMutation(route: RouteHandler, flow: HandlerFlow): boolean {
  const name = words(route.name ?? '');
  if (NOT_A_PASSWORD_LOGIN.test(name)) return false;
  return flow.credentialChecks.length > 0 || (LOGIN_NAME.test(name) && route.handler !== undefined && readsPassword(route.handler));
}

/** Whether a function reads a value named password (`args.password`, `{ email, password } = args`). */
function readsPassword(fn: Node): boolean {
  const stack: Node[] = [fn];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'Identifier' && PASSWORD_NAME.test(node.name)) return true;
    stack.push(...childrenOf(node));
  }
  return false;
}

/**
 * An OAuth callback (`/auth/discord/callback`) that checks no password: it exchanges a single-use
 * authorization code the provider verifies, so there is nothing to guess and no login rate limit to ask.
 */
function oauthCallback(path: string | undefined, flow: HandlerFlow): boolean {
  return CALLBACK_PATH.test(path ?? '') && flow.credentialChecks.length === 0;
}
