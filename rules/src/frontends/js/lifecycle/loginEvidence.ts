import { childrenOf, memberName, stringLiteral, unwrap, type FunctionNode, type Node } from '../ast';
import type { FileContext } from '../fileContext';
import { appModelFor } from '../assembly/appModel';
import type { AdapterContext } from '../adapterContext';
import type { HandlerFlow } from './handlerFlow';
import { LOGIN_NAME, LOGIN_QUALIFIER, words } from './names';
import { CALLBACK_PATH } from './passportRoutes';
import type { RouteHandler } from './routes';
import { argsCarryPassword } from './nestBody';

/* What makes a route a login beyond its session writes: its path, its guards, a token it issues, a password it reads. */

const PASSWORD_NAME = /^(password|passwd|pass|pwd)$/i;

/**
 * Libraries that keep a session. Not passport or @nestjs/passport: passport keeps its user in the session of
 * one of these and has none of its own, so an app with passport strategies and no session middleware
 * (`PassportModule.register({ session: true })` commented out, JWT strategies) has no session to end.
 */
const SESSION_LIBRARIES = ['express-session', 'cookie-session', '@fastify/session', '@fastify/secure-session', 'fastify-session', 'fastify-secure-session', 'client-sessions', 'koa-session', 'iron-session', 'lucia'];

/** A file that may import a session library (every name above holds one of these words): the text test before a file is parsed. */
const SESSION_LIBRARY_HINT = /session|lucia/;

/**
 * Evidence that the app has sessions: a session library imported, or any `x.session` / `@Session()` in the
 * file; beyond the file, a session library some file of the package imports. A library package.json merely
 * lists is no session (listman lists express-session and logs out by clearing its JWT cookies); only where
 * the package's files cannot be listed (a fixture, stdin) does the declared dependency stand for one.
 */
export function hasSessionLibrary(context: AdapterContext): boolean {
  if (context.importsAny(SESSION_LIBRARIES) || touchesSessionInFile(context)) return true;
  if (!SESSION_LIBRARIES.some((name) => name in context.file.project.dependencies)) return false;
  if (!context.file.project.packageSources) return true;
  return appModelFor(context).someFile('session-library-imported', SESSION_LIBRARY_HINT, (other) => other.importsAny(SESSION_LIBRARIES), context.file.budget);
}

function touchesSessionInFile(context: AdapterContext): boolean {
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
export function issuesToken(calls: readonly string[]): boolean {
  return calls.some((call) => {
    const path = call.split('.');
    const method = path[path.length - 1] ?? '';
    return method === 'jwtSign' || (/^sign(Async)?$/.test(method) && path.slice(0, -1).some((part) => /jwt/i.test(part)));
  });
}

/**
 * A path that can only be a login: `/login`, `/auth/sign-in`, `/authenticate`, or one ending in `/token` or
 * `/session`. Not an OAuth authorization server's token endpoint (`/oauth/token`, `/oauth2/token`, OpenID's
 * `/connect/token`): it exchanges codes and refresh tokens it issued; a password grant there is a login by
 * the password it reads, not by its path.
 */
export function isLoginPath(path: string): boolean {
  const segments = path.split('/').filter((s) => s !== '' && !s.startsWith(':'));
  const last = segments[segments.length - 1] ?? '';
  if (/^token$/i.test(last) && segments.slice(0, -1).some((s) => /^(oauth2?|connect)$/i.test(s))) return false;
  // A segment that names a thing of the login (`/sign-in-experience/check-password`) makes no login.
  const named = segments.filter((segment) => !LOGIN_QUALIFIER.test(words(segment)));
  return LOGIN_NAME.test(words(named.join('-'))) || /^(token|session|sessions)$/i.test(last);
}

/**
 * A path ending in `/auth` (`router.post('/', …)` in `routes/auth.js` mounted at `/api/auth`): creating the
 * authentication, as `POST /session` creates the session, when the route takes a password. Not every `/auth`
 * does (`/pusher/auth` signs a channel subscription).
 */
export function isAuthResourcePath(path: string): boolean {
  const segments = path.split('/').filter((s) => s !== '' && !s.startsWith(':'));
  return /^auth$/i.test(segments[segments.length - 1] ?? '');
}

/** `/auth/password` → `/password`: an `auth` prefix alone does not make a login (it checks a password, but needs a session). */
export function withoutAuthPrefix(path: string): string {
  const segments = path.split('/').filter((segment) => segment !== '' && !segment.startsWith(':'));
  return `/${segments.filter((segment, i) => !(/^auth$/i.test(segment) && i < segments.length - 1)).join('/')}`;
}

/** `UseGuards(LocalAuthGuard)`, `AuthGuard('local')`: a guard that checks the credentials before the handler runs. */
export function guardCredential(node: Node): string | undefined {
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

/** Mutations that log a user in without a password to guess: a sign-up, a reset or confirmation link's random token. */
const NOT_A_PASSWORD_LOGIN = /(^|-)(sign-?up|register|registration|reset|change|forgot|confirm|verify|activate)(-|$)/;

/**
 * A login mutation whose password a client could guess: its name is no sign-up or reset, and it checks
 * a credential, or it is named as a login and takes a password, which it reads (`signIn` handing
 * `password` to a service of the app: `Auth.signInAttempt(email, password)`) or receives in its
 * arguments' input type (`login(@Args('loginInput') input: LoginInput)` returning `this.authService.validateLogin(input)`).
 */
export function guessableMutation(file: FileContext, route: RouteHandler, flow: HandlerFlow): boolean {
  const name = words(route.name ?? '');
  if (NOT_A_PASSWORD_LOGIN.test(name)) return false;
  if (flow.credentialChecks.length > 0) return true;
  return LOGIN_NAME.test(name) && route.handler !== undefined && (readsPassword(route.handler) || argsCarryPassword(file, route.handler));
}

/**
 * Whether a route handler hands the client's credentials on to code of the app: it reads a value named
 * password (`loginUser(pool, request.body.email, request.body.password)`), or passes the request body
 * to a call named as a login (`await authService.login(req.body)`). The check itself then happens out
 * of sight, in a service; the route on a login path is still where passwords are guessed.
 */
export function handsOnCredentials(handler: Node, requestName: string | undefined): boolean {
  if (readsPassword(handler)) return true;
  if (requestName === undefined) return false;
  const stack: Node[] = [handler];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'CallExpression' && LOGIN_NAME.test(words(calleeName(node.callee) ?? '')) && node.arguments.some((a) => isRequestBody(a, requestName))) return true;
    stack.push(...childrenOf(node));
  }
  return false;
}

function calleeName(callee: Node): string | undefined {
  const target = unwrap(callee);
  return target.type === 'Identifier' ? target.name : target.type === 'MemberExpression' ? memberName(target) : undefined;
}

/** `req.body`, or a field of it (`req.body.user`). */
function isRequestBody(node: Node, requestName: string): boolean {
  let current = unwrap(node);
  while (current.type === 'MemberExpression') {
    const object = unwrap(current.object);
    if (object.type === 'Identifier' && object.name === requestName) return memberName(current) === 'body';
    current = object;
  }
  return false;
}

/** Whether a function reads a value named password (`args.password`, `{ email, password } = args`). */
function readsPassword(fn: Node): boolean {
  return readsName(fn, PASSWORD_NAME);
}

function readsName(fn: Node, name: RegExp): boolean {
  const stack: Node[] = [fn];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'Identifier' && name.test(node.name)) return true;
    stack.push(...childrenOf(node));
  }
  return false;
}

/**
 * A value a provider issued, verified by that provider: `accessToken`, `id_token`, a Google Identity
 * `credential`, a SAML `assertion`. (Not `code`: `reply.code(401)` is in every Fastify handler, and an
 * OAuth code arrives at a callback path, judged below.)
 */
const PROVIDER_TOKEN_NAME = /^(access_?token|id_?token|credential|assertion)$/i;

/**
 * A login that exchanges a token a provider issued for a session (`POST /auth/exchange` reading
 * `accessToken` and asking Supabase or Google who it belongs to): no credential checked here, no
 * password read, a path that names no login. Nothing to guess, as for an OAuth callback.
 */
export function exchangesToken(route: RouteHandler, flow: HandlerFlow): boolean {
  if (flow.credentialChecks.length > 0 || !route.handler || readsPassword(route.handler) || isLoginPath(route.route?.path ?? '')) return false;
  return readsName(route.handler, PROVIDER_TOKEN_NAME);
}

/**
 * An OAuth callback (`/auth/discord/callback`) that checks no password: it exchanges a single-use
 * authorization code the provider verifies, so there is nothing to guess and no login rate limit to ask.
 */
export function oauthCallback(path: string | undefined, flow: HandlerFlow): boolean {
  return CALLBACK_PATH.test(path ?? '') && flow.credentialChecks.length === 0;
}

/**
 * A login route's handler, read in the module that exports it, that takes no password: it reads no value
 * named password and never hands the request body on whole (`const { provider } = req.body` before
 * `supabase.auth.signInWithOAuth({ provider })`: the start of a provider's login, nothing to guess).
 * A body passed on whole (`login(req.body)`) may carry one.
 */
export function takesNoPassword(fn: FunctionNode, file: FileContext): boolean {
  if (readsPassword(fn)) return false;
  const request = fn.params[0]?.type === 'Identifier' ? fn.params[0].name : undefined;
  if (request === undefined) return false;
  const isBody = (node: Node): boolean =>
    node.type === 'MemberExpression' && memberName(node) === 'body' && unwrap(node.object).type === 'Identifier' && (unwrap(node.object) as { name: string }).name === request;
  // `const body = req.body || {}`: a name for the body, read field by field like the body itself.
  const bodyNames = bodyAliases(fn, file, isBody);
  const stack: Node[] = [fn.body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isBody(node) && bodyAlias(node, file) === undefined && !readsFields(node, file)) return false;
    if (node.type === 'Identifier' && bodyNames.has(node.name) && !aliasUseReadsFields(node, file)) return false;
    // The whole request handed on (`passport.authenticate(…)(req, res)`, `auth.login(req)`) may carry one too.
    if (node.type === 'CallExpression' && node.arguments.some((a) => unwrap(a).type === 'Identifier' && (unwrap(a) as { name: string }).name === request)) return false;
    stack.push(...childrenOf(node));
  }
  return true;
}

/** `const body = req.body || {}` / `req.body ?? {}` / `req.body`: the name the body is given, or undefined. */
function bodyAlias(body: Node, file: FileContext): string | undefined {
  let value: Node = body;
  let parent = file.parentOf(value);
  if (parent?.type === 'LogicalExpression' && parent.left === value && parent.right.type === 'ObjectExpression' && parent.right.properties.length === 0) {
    value = parent;
    parent = file.parentOf(value);
  }
  return parent?.type === 'VariableDeclarator' && parent.init === value && parent.id.type === 'Identifier' ? parent.id.name : undefined;
}

/** Every name the handler gives its body (`const body = req.body || {}`). */
function bodyAliases(fn: FunctionNode, file: FileContext, isBody: (node: Node) => boolean): Set<string> {
  const names = new Set<string>();
  const stack: Node[] = [fn.body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const alias = isBody(node) ? bodyAlias(node, file) : undefined;
    if (alias !== undefined) names.add(alias);
    stack.push(...childrenOf(node));
  }
  return names;
}

/** `body.code`, `const { code } = body`: one field at a time, never the whole object handed on. */
function readsFields(node: Node, file: FileContext): boolean {
  const parent = file.parentOf(node);
  if (parent?.type === 'MemberExpression' && parent.object === node) return true;
  return parent?.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'ObjectPattern' && !parent.id.properties.some((p) => p.type === 'RestElement');
}

/**
 * A use of the body's name that reads fields of it, declares it, or is no reference to it at all (a
 * property name: `res.body`, `{ body: … }`). Handing it on whole (`grant(body)`) is none of these.
 */
function aliasUseReadsFields(node: Node, file: FileContext): boolean {
  const parent = file.parentOf(node);
  if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) return true;
  if (parent?.type === 'Property' && parent.key === node && !parent.computed && parent.value !== node) return true;
  if (parent?.type === 'VariableDeclarator' && parent.id === node) return true;
  return readsFields(node, file);
}
