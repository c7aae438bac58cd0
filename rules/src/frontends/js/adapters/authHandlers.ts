import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { AuthHandlerFact, SessionStorage } from '../../../model/lifecycleFacts';
import { dependsOnAtLeast } from '../../../model/project';
import type { RelatedLocation } from '../../../model/facts';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { unwrap, type Node } from '../ast';
import { bodyCarriesPassword } from '../lifecycle/nestBody';
import { destroyEdits, renewEdits, type HandlerParams } from '../lifecycle/authEdits';
import { analyzeHandlerFlow, type HandlerFlow } from '../lifecycle/handlerFlow';
import { findRouteHandlers, type RouteHandler } from '../lifecycle/routes';
import { requestParam } from '../lifecycle/handlerParams';
import { PASSWORD_STRATEGY, findPassportCall, isPassportCall, passportRole } from '../lifecycle/passportRoutes';
import { exchangesToken, guardCredential, guessableMutation, handsOnCredentials, isAuthResourcePath, isLoginPath, issuesToken, oauthCallback, takesNoPassword, withoutAuthPrefix } from '../lifecycle/loginEvidence';
import { rangeOfNode } from '../optionValues';
import { sessionStorageOf } from '../lifecycle/sessionStorage';
import { rateLimitOf } from '../lifecycle/rateLimit';
import { delegatesLogout } from '../lifecycle/logoutDelegation';
import { endsNoSession } from '../lifecycle/sessionlessLogout';
import { sessionEffects } from '../lifecycle/sessionEffects';
import { LOGIN_NAME, LOGOUT_NAME, PASSWORD_RESET_NAME, SIGNUP_NAME, pathWords, words } from '../lifecycle/names';
import { redirectsOnly, redirectsToLogout, rendersOnly } from '../lifecycle/redirectOnly';
import { fastifyFullPath } from '../assembly/fastify/lifecycle';
import { expressFullPath, sessionStorageOnRoute } from '../assembly/routeContext';
import { nestModuleLogins } from '../lifecycle/nestModuleLogins';
import { sessionLoginGuard } from '../assembly/nest/guards';
import { isUnmountedRouterFile } from '../assembly/unmountedRouter';
import { mutationRateLimited } from '../assembly/graphql/rateLimit';
import { fastifyPassportRenews, isFastifyPassportAuthenticate } from '../lifecycle/fastifyPassport';
import { usesGraphqlPassport } from '../lifecycle/graphqlPassport';
import { contextMemberOf } from '../assembly/graphql/contextFunctions';

const LOGIN_PATH = /(^|[/_.-])(log-?in|sign-?in|authenticate|auth|session|sessions|token)([/_.-]|$)/i;
const SIGNUP_PATH = /(^|[/_.-])(sign-?up|register|registration)([/_.-]|$)/i;
const LOGOUT_PATH = /(^|[/_.-])(log-?out|sign-?out|log-?off)([/_.-]|$)/i;

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
    const ownPaths = handlers.flatMap((h) => (h.route?.path !== undefined ? [h.route.path] : []));
    const routePaths = new Set(ownPaths);
    const sharedPaths = new Set(ownPaths.filter((p, i) => ownPaths.indexOf(p) !== i));
    for (const route of handlers) {
      // A router file nothing mounts serves no request: its login and logout are never reached.
      if (route.framework === 'express' && route.route && isUnmountedRouterFile(context, route.node)) continue;
      const fact = classify(context, route, storage, passportRenews, routePaths, sharedPaths);
      if (fact) context.facts.push(fact);
    }
  },
};


type Base = Omit<AuthHandlerFact, 'role' | 'evidence'>;

/** The name the handler is declared with: a controller method's key, a named function, an exported name. */
function declaredName(route: RouteHandler): string {
  const node = route.node;
  if (node.type === 'MethodDefinition' && node.key.type === 'Identifier') return node.key.name;
  const handler = route.handler;
  if (handler && (handler.type === 'FunctionDeclaration' || handler.type === 'FunctionExpression') && handler.id) return handler.id.name;
  return route.name ?? '';
}

/** @param fullPath the route's path with what its app adds above it (mount paths), said in messages. */
function baseOf(route: RouteHandler, storage: SessionStorage, fullPath: string): Base {
  const range = route.route?.range ?? route.nameRange ?? rangeOfNode(route.node);
  const info = route.route && route.route.path !== undefined && fullPath !== '' ? { ...route.route, path: fullPath } : route.route;
  const related: RelatedLocation[] = info
    ? [{ message: `The ${info.method} ${info.path ?? ''} route.`.replace(' .', '.'), range: info.range }]
    : route.operation === 'mutation'
      ? [{ message: `The GraphQL mutation ${route.name ?? ''}.`, range }]
      : route.operation === 'endpoint'
        ? [{ message: 'The GraphQL endpoint runs this options function on every request.', range }]
        : [{ message: `The handler exported as ${route.name ?? 'a route handler'}.`, range }];
  return { kind: 'auth-handler', library: route.framework, framework: route.framework, route: info, range, sessionStorage: storage, optionName, related };
}

/** @param sharedPaths own paths this file registers more than once (`router.get('/')` and `router.post('/')`). */
function classify(context: AdapterContext, route: RouteHandler, storage: SessionStorage, expressPassportRenews: boolean, routePaths: ReadonlySet<string>, sharedPaths: ReadonlySet<string>): AuthHandlerFact | undefined {
  const params = requestParam(route);
  // A Fastify request's logIn()/logOut() and authenticate() are @fastify/passport's, versioned apart from passport.
  const passportRenews = route.framework === 'fastify' ? fastifyPassportRenews(context.file.project) : expressPassportRenews;
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
        passportContext: params.context !== undefined && usesGraphqlPassport(context.file.project) ? params.context : undefined,
        contextMember: params.context !== undefined ? contextMemberOf(context, params.context) : undefined,
      })
    : undefined;
  const path = servedPath(context, route, flow);
  const base = baseOf(route, routeStorage(context, route, flow, storage), path);
  // `DELETE /session`: ending the session resource is the REST form of a logout.
  const namedLogout = LOGOUT_PATH.test(path) || LOGOUT_NAME.test(name) || (route.route?.method === 'DELETE' && SESSION_RESOURCE.test(path));
  // `/auth/register` is a sign-up that the `auth` segment would name a login: it checks no credential,
  // so, like `/register`, it is a login only by what it does (a credential check, passport).
  // A reset or change of the password that writes the user into the session logs them in (lireddit's `changePassword`).
  const passwordReset = PASSWORD_RESET_NAME.test(pathWords(path)) || PASSWORD_RESET_NAME.test(name);
  // A sign-up that logs the new user in (`req.login(user)` after `User.create`, passport's documented use of
  // req.login) is not judged as a login, as a sign-up writing `req.session.userId` is not: see the rule README.
  // The handler's own name says it too where the path does not (`@Post() registerUser()` under `@Controller('auth/local')`).
  // Not where the path names a login (`@Post('/signin') async register(@Body() body)`, NestJS-Starter): the path says what the route is.
  const signUp = (SIGNUP_PATH.test(path) || SIGNUP_PATH.test(name) || (SIGNUP_NAME.test(words(declaredName(route))) && !isLoginPath(path))) && (flow === undefined || flow.credentialChecks.length === 0);
  const namedLogin = (LOGIN_PATH.test(path) || LOGIN_NAME.test(name) || passwordReset) && !namedLogout && !SIGNUP_PATH.test(path) && !signUp;
  const isLogin =
    flow !== undefined && ((flow.identityWrites.length > 0 && (namedLogin || flow.credentialChecks.length > 0 || passportMiddleware !== undefined)) || (flow.passportLogins.length > 0 && !signUp));
  if (isLogin && flow) return loginFact(context, route, flow, params, base, passportRenews, passportMiddleware, loginGuard && !passportRenews ? loginGuard.node : undefined);
  // A Nest guard's strategy is in its class (`extends AuthGuard('google')`): a federated login's callback checks no password here.
  const passportStep = loginGuard ? (loginGuard.strategy === undefined || PASSWORD_STRATEGY.test(loginGuard.strategy) ? 'password' : 'federated') : passportMiddleware ? passportRole(context, passportMiddleware, path, route.handler !== undefined, routePaths) : undefined;
  // `router.post('/register', createUser, authController.login)`: passport logging in the account just made is a sign-up.
  if (passportMiddleware && passportStep !== 'start' && !signUp && (!flow || flow.identityWrites.length === 0)) {
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
  const effects = flow ? sessionEffects(flow) : undefined;
  const touchesSession = effects !== undefined && effects.ends + effects.renewals > 0;
  // `GET /auth/logout-wait` rendering "logging out, please wait": the page a logout redirects to, not a logout.
  const logoutPage = route.route !== undefined && !touchesSession && LOGOUT_PAGE.test(path) && route.handler !== undefined && rendersOnly(route.handler);
  // `router.get('/')` beside `router.post('/')` in a logout router: the GET that touches no session only answers
  // (a form, "please use POST"); the other route on the path is the logout.
  const logoutSibling = route.route?.method === 'GET' && !touchesSession && sharedPaths.has(route.route.path ?? '');
  // `app.get('/signout', (req, res) => res.redirect('/auth/logout'))`: an alias sending to the logout, judged there.
  const logoutAlias = !touchesSession && route.handler !== undefined && redirectsToLogout(route.handler);
  const isLogout = flow !== undefined && (namedLogout || flow.passportLogouts.length > 0) && route.route?.method !== 'OPTIONS' && (route.route !== undefined || touchesSession) && !logoutPage && !logoutSibling && !logoutAlias;
  const sessionless = flow !== undefined && endsNoSession(context, flow);
  // A logout handed to a service (`await this.authService.logout(user)`) is judged by that service: unknown here.
  if (isLogout && flow && !sessionless) return delegatesLogout(flow.calls, params.request) ? undefined : logoutFact(context, route, flow, params, base, passportRenews);
  // A login route that issues a token instead of a session still needs a rate limit.
  const credential = flow?.credentialChecks[0] ?? route.middleware.map(guardCredential).find((g) => g !== undefined);
  // A login by what it does, whatever its path says (`/api/users/sigin`): a password checked, then a token issued.
  if (route.route && credential && route.route.method !== 'GET' && (LOGIN_PATH.test(withoutAuthPrefix(path)) || issuesToken(flow?.calls ?? []))) {
    return { ...base, role: 'login', evidence: credential, rateLimited: rateLimitOf(context, route) };
  }
  // The same for a GraphQL mutation: `t.field('login', { resolve })` comparing the password with bcrypt and
  // setting JWT cookies logs nobody into a session, but its password can be guessed as fast. A login mutation
  // that hands the password to a service (`return this.authService.validateLogin(input)`) is one by its name.
  if (route.operation === 'mutation' && flow && (credential ? LOGIN_NAME.test(name) || issuesToken(flow.calls) : LOGIN_NAME.test(name)) && guessableMutation(context.file, route, flow)) {
    return { ...base, role: 'login', evidence: credential ?? `mutation ${route.name ?? ''}`, rateLimited: mutationRateLimited(context, route) };
  }
  // `router.post('/login', auth.login)`: the handler is in another module, the route and its limiter are here.
  // A handler of this file that hands the credentials to a service (`await login(req.body.user)`, RealWorld) too:
  // the path alone names a login, and password guessing needs a limit whatever the login issues.
  // A handler that only redirects takes no credentials (code-server's `/login` when password auth is off).
  // A Nest `@Post('login')` handing a password in its `@Body()` to a service (`return this.authService.signIn(dto)`) too,
  // and a Fastify handler handing the body or its password to one (`await authService.login(req.body)`).
  const handsOn =
    route.framework === 'express' ||
    // or reading the password from an untyped body itself (`const { username, password } = body`).
    (route.framework === 'nest' && route.handler !== undefined && (bodyCarriesPassword(context.file, route.handler) || handsOnCredentials(route.handler, params.request))) ||
    (route.framework === 'fastify' && route.handler !== undefined && handsOnCredentials(route.handler, params.request));
  // `POST /api/auth` takes the password here (`handsOnCredentials`) or in a handler read where it is defined (below).
  // A Nest `@Post()` under `@Controller('auth')` whose `@Body()` carries a password (miniplant's `signIn(@Body() dto: LoginUserParams)`),
  // or whose method is named as a login (`async signIn(@Body() body)`, an untyped body handed to the service) too.
  const nestLogin = route.framework === 'nest' && (handsOn || LOGIN_NAME.test(words(declaredName(route))));
  const authResource = isAuthResourcePath(path) && (!route.handler || handsOnCredentials(route.handler, params.request) || nestLogin);
  // Not a sign-up under a login path (`/login/register` → `loginController.register`, notebook): the path's last
  // step names what the route does; a sign-up that logs in is judged by what it does, above.
  if (route.route && (!route.handler || handsOn || authResource) && /POST|PUT|ALL|\?/.test(route.route.method) && (isLoginPath(path) || authResource) && !SIGNUP_PATH.test(lastStep(path)) && !signUp && !(route.handler && redirectsOnly(route.handler)) && !remoteTakesNoPassword(context, route)) {
    return { ...base, role: 'login', evidence: `route path ${path}`, rateLimited: rateLimitOf(context, route) };
  }
  return undefined;
}

/**
 * The path a route is served at, which names what it does. A Fastify route's own path lacks its plugins'
 * prefixes (an autoloaded `routes/auth/` folder adds `/auth`); an Express router's route lacks its mount
 * path (`app.use('/login', loginRoutes)` + `router.post('/', …)` is `POST /login`). The Express walk is
 * asked only of routes whose own path names nothing and that could be a login or a logout.
 */
function servedPath(context: AdapterContext, route: RouteHandler, flow: HandlerFlow | undefined): string {
  const own = fastifyFullPath(context, route) ?? route.route?.path ?? '';
  if (route.framework !== 'express' || !route.route || namesAuthStep(own)) return own;
  const effects = flow ? sessionEffects(flow) : undefined;
  const touchesSession = effects !== undefined && effects.writes + effects.ends > 0;
  if (route.route.method === 'GET' && !touchesSession) return own;
  return expressFullPath(context, route.node, route.route.path) ?? own;
}

/**
 * Where the route's sessions are kept. When this file cannot tell (it configures no session, and the package
 * lists both express-session and cookie-session), an Express route asks the app model which session middleware
 * is mounted above it; only for a handler that touches the session (the walk has a cost).
 */
function routeStorage(context: AdapterContext, route: RouteHandler, flow: HandlerFlow | undefined, storage: SessionStorage): SessionStorage {
  if (storage !== 'unknown' || route.framework !== 'express' || !route.route || !flow) return storage;
  const effects = sessionEffects(flow);
  return (effects.writes + effects.ends > 0 ? sessionStorageOnRoute(context, route.node, route.route.path) : undefined) ?? storage;
}

function namesAuthStep(path: string): boolean {
  return LOGIN_PATH.test(path) || LOGOUT_PATH.test(path) || SIGNUP_PATH.test(path) || PASSWORD_RESET_NAME.test(pathWords(path));
}

/**
 * `router.post('/login', authController.login)` whose handler, resolved in the module that exports it,
 * takes no password (it starts a provider's OAuth login): no login to rate limit. Unknown handlers stay logins.
 */
function remoteTakesNoPassword(context: AdapterContext, route: RouteHandler): boolean {
  const last = route.handler ? undefined : route.middleware[route.middleware.length - 1];
  const target = last ? unwrap(last) : undefined;
  if (!target || (target.type !== 'Identifier' && target.type !== 'MemberExpression') || isPassportCall(context, target)) return false;
  const value = context.resolver.resolve(target, context.file);
  return value.kind === 'function' && value.file !== context.file && takesNoPassword(value.node, value.file);
}

/**
 * A reset link's target, `/reset/:token` (the form of many Express apps, docbuilder's): the emailed token
 * proves the account, the new password is chosen, not guessed, so no login rate limit is asked of it.
 */
const RESET_LINK_PATH = /(?:^|\/)(?:reset|recover|recovery)\/:[\w$]+\/?$/i;

/** The last named step of a path (`register` of `/login/register/:id`). */
function lastStep(path: string): string {
  return path.split('/').filter((s) => s !== '' && !s.startsWith(':')).pop() ?? '';
}

/** A path ending in the session itself (`/session`, `/api/v1/session`), not one session of a list (`/sessions/:id`). */
const SESSION_RESOURCE = /(?:^|\/)session\/?$/i;

/** A path whose last segment adds a word to the logout (`/logout-wait`, `/signout_success`): a page's name. */
const LOGOUT_PAGE = /(?:log|sign)[-_]?out[-_][a-z]+\/?$/i;

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
    rateLimited: loginRateLimited(context, route, flow),
    // A late renewal needs moving, not a second regenerate: no edit for it.
    renewEdits: flow.firstUncovered && renewal === 'missing' && route.handler ? renewEdits(context, route, route.handler, flow.firstUncovered, params) : undefined,
    related: [...(base.related ?? []), ...(target ? [{ message: elsewhere && target === flow.firstUncovered ? 'The handler calls the code that writes the user identity into the session here.' : 'The user identity is written into the session here.', range: rangeOfNode(target) }] : []), ...siteRelated],
  };
}

function logoutFact(context: AdapterContext, route: RouteHandler, flow: HandlerFlow, params: HandlerParams, base: Base, passportRenews: boolean): AuthHandlerFact {
  if (route.framework === 'fastify') return fastifyLogoutFact(context, route, flow, params, base);
  // express-session's regenerate() destroys the old session in the store.
  const regenerates = base.sessionStorage !== 'cookie' && flow.renewals.length > 0;
  // No passport version known: `req.logout()` without a callback is wrong on every one (< 0.6 it only drops
  // `passport.user`, ≥ 0.6 it throws), so it is no end of the session.
  const failsOnEveryVersion = dependsOnAtLeast(context.file.project, 'passport', '0.6.0') === undefined ? flow.passportLogouts.find(withoutCallback) : undefined;
  const destroyed = flow.destroys.length > 0 || regenerates || (passportRenews && flow.passportLogouts.length > 0 && !failsOnEveryVersion);
  // The first partial ending in the handler (passport < 0.6's `req.logout()` only drops `passport.user`): where the fix goes.
  const partial = firstOf(flow.partialLogouts[0], !passportRenews ? flow.passportLogouts[0] : undefined) ?? failsOnEveryVersion;
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

/**
 * A Fastify logout. @fastify/session's regenerate() leaves the old session in the store, and so does
 * @fastify/passport's `request.logOut()` (which drops `passport` and, from 2.3.0, regenerates): under a
 * server-side session both end only part of it. Under @fastify/secure-session the cookie is the whole
 * session, and logOut() rewrites it without the user. logOut() takes no callback and never throws.
 */
function fastifyLogoutFact(context: AdapterContext, route: RouteHandler, flow: HandlerFlow, params: HandlerParams, base: Base): AuthHandlerFact {
  const passportLogout = flow.passportLogouts[0];
  const serverSide = base.sessionStorage === 'server';
  const destroyed = flow.destroys.length > 0 || (passportLogout !== undefined && !serverSide);
  const partial = flow.partialLogouts[0] ?? (serverSide ? passportLogout : undefined) ?? flow.renewals[0];
  return {
    ...base,
    role: 'logout',
    evidence: passportLogout ? 'request.logOut()' : route.route ? `route path ${route.route.path ?? ''}` : `handler ${route.name ?? ''}`,
    destruction: destroyed ? 'destroyed' : partial ? 'partial' : 'missing',
    awaitedCalls: flow.calls,
    partialRange: partial ? rangeOfNode(partial) : undefined,
    destroyEdits: !destroyed && route.handler ? destroyEdits(context, route, route.handler, partial, params, base.sessionStorage) : undefined,
  };
}

/**
 * Whether the login is rate limited; undefined where no limit is asked because there is nothing to guess: signing up
 * logs the new user in but checks no password, an OAuth callback or a provider token exchange checks none either, and
 * a password reset link's token is random.
 */
function loginRateLimited(context: AdapterContext, route: RouteHandler, flow: HandlerFlow): boolean | undefined {
  if (route.route) {
    const path = route.route.path;
    if (SIGNUP_PATH.test(path ?? '') || PASSWORD_RESET_NAME.test(pathWords(path ?? '')) || RESET_LINK_PATH.test(path ?? '') || oauthCallback(path, flow) || exchangesToken(route, flow)) return undefined;
    return rateLimitOf(context, route);
  }
  if (route.operation === 'mutation' && guessableMutation(context.file, route, flow)) return mutationRateLimited(context, route);
  // A GraphQL endpoint's options function that checks the credential itself (express-graphql's graphqlHTTP((req) => …)).
  if (route.operation === 'endpoint' && flow.credentialChecks.length > 0) return mutationRateLimited(context, route);
  return undefined;
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

