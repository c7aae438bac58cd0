import { CREDENTIAL_CALL_NAMES, HASHING_OBJECT_NAMES } from './lifecycle/credentials';
import { wordAlternation } from './wordAlternation';

/**
 * Words (in any letter case) at least one of which appears in every file that can hold a JS fact.
 * A file without any of them is never parsed. Adapters that add an API must add its words here; a
 * test runs every fixture through this filter so that no finding can be lost.
 */
export const JS_KEYWORDS: readonly string[] = [
  'session', 'cookie', 'jwt', 'jsonwebtoken', 'jose', 'localStorage', 'secret', 'passport', 'regenerate', 'csrf', 'password',
  // Login and logout handlers, recognised by route paths and handler names (`/LogOut`, `handleLogOn`, `sign_out`).
  'authenticate',
  // A login route that issues a token instead of a session (`POST /token`) is a login when it checks a credential.
  'compare', 'timingSafeEqual', 'credentials', 'verify', 'AuthGuard',
  // A token stored through a storage helper (`setItem(AUTH_TOKEN, token)`, `storage.set('token', t)`): storageHelperCall below.
  'token',
];

/**
 * The first, cheapest test, run on every file: the keywords and the login and logout words as one
 * case-insensitive alternation grouped by prefix, so a file without any is scanned once (a file that fails every
 * test is the common case, and each pattern that fails has read the whole text).
 */
export const KEYWORD_PATTERN = new RegExp(`${wordAlternation(JS_KEYWORDS, true)}|log[-_]?(?:in|on|out|off)|sign[-_]?(?:in|out)`, 'i');

/**
 * The second, sharper test. A word like `session` or `password` appears in far more files than can
 * hold a fact (TLS sessions, password fields in forms, HTTP/2 sessions): on a corpus of 13,000 files
 * from installed packages the words alone let 16 MB through to the parser, of which 0.4 MB held a
 * fact. Every fact comes from one of these: a module an adapter binds to, a cookie, storage or
 * session API written in the file, or a login route that checks a credential.
 */
/**
 * A module named where the adapters read it (`importedModules`): after `from`, `require(` or
 * `import` / `import(`, then its quote (in the patterns below, where the ReDoS test sees it). The same name as any other string is no import: `'cookie'` as a header or
 * an OpenAPI `in:` value, `'h3'` as a heading tag, `'fastify'` in a log line.
 */
const SPECIFIER = String.raw`(?:\bfrom|\brequire\s*\(|\bimport(?:\s*\()?)\s*`;
/**
 * The modules the adapters bind. Of Nest's, only those an adapter reads (`@nestjs/jwt`,
 * `@nestjs/passport`, `@nestjs/throttler`): a controller importing `@nestjs/common` holds a fact
 * only through a route, a session or cookie API or a credential check, which the tests below find.
 */
export const ADAPTER_MODULE = new RegExp(
  `${SPECIFIER}['"](?:express-session|cookie-session|cookie-parser|cookies|cookie|jsonwebtoken|jose|express-jwt|passport(?:-[\\w-]+)?|@fastify\\/[\\w-]+|fastify(?:-[\\w-]+)?|@nestjs\\/(?:jwt|passport|throttler)|csurf|csrf-csrf|csrf-sync|lusca|tiny-csrf|ncsrf|@tekuconcept\\/nestjs-csrf|koa(?:-[\\w-]+)?|express-rate-limit|rate-limiter-flexible|express-brute|express-slow-down|express-limiter|keygrip)['"/]`,
);
/**
 * Case-sensitive, as the adapters match these names (`LocalStorage` classes, `SessionID` fields
 * and `ts.Session` namespaces are something else); header names are case-insensitive. A session id
 * counts where one is set or loaded (`req.sessionID = …`, `sessionStore.get(…)`).
 */
/**
 * Cookie writers beyond Express and Fastify: Next.js, Hono, h3 and the frameworks re-exporting it,
 * browser cookie libraries, and h3's `setCookie(event, …)` that Nuxt server code calls unimported.
 */
export const OTHER_COOKIE_MODULE = new RegExp(`${SPECIFIER}['"](?:next\\/(?:headers|server)|(?:jsr:)?(?:@hono\\/)?hono\\/cookie|h3|vinxi\\/http|#imports|js-cookie|universal-cookie|react-cookie|ngx-cookie-service(?:-ssr)?)['"]`);
/**
 * h3's `setCookie` unimported counts only in a server folder, where Nuxt and Nitro auto-import it
 * (the h3 adapter asks the same of the file name); elsewhere it is the file's own function (TinyMCE's,
 * a React state setter). Without a file name (the ESLint face) it counts anywhere.
 */
const UNIMPORTED_SET_COOKIE = /\bsetCookie\s*\(/;
/** A Nuxt or Nitro app's server/ folder (server/api, server/routes, server/middleware…), where h3 is auto-imported. */
export const SERVER_FOLDER = /(?:^|[\\/])server[\\/]/;
const SESSION_OR_COOKIE_API = /\.(?:cookies?\b|setCookie\b|clearCookie\b|session(?:\b|I[Dd]\s*=(?!=)|Store\b))|[Ss][Ee][Tt]-[Cc][Oo][Oo][Kk][Ii][Ee]|\bdecryptSession\b|@Session\(/;
/**
 * Web Storage is written with `localStorage.setItem`, by assigning to a key (`localStorage.token = t`,
 * `localStorage['jwt'] = t`: any bracket counts) or through an alias (`const store = remember ? localStorage : sessionStorage`),
 * as the storage adapter resolves them: a file that only reads it, names a `LocalStorage` class or
 * calls `setItem` on something else holds no storage fact.
 */
const WEB_STORAGE = /(?:local|session)Storage\b/;
const WEB_STORAGE_WRITE = /(?:local|session)Storage\s*(?:\.\s*(?:setItem\b|[\w$]+\s*=(?!=))|\[)/;
/** A storage taken as a value (`= localStorage`, `? window.sessionStorage :`, `(localStorage)`, `|| sessionStorage`): an alias written through later. */
const WEB_STORAGE_ALIAS = /[=?:(,|&]\s*(?:(?:window|globalThis|self)\s*\.\s*)?(?:local|session)Storage\b(?!\s*(?:[.[]|\?\.))/;
/**
 * Route registrations: Express and Fastify methods whose first argument can be a path (a string
 * starting with `/` or `*`, a template, an array, a regular expression, or a name followed by the
 * handler), `route()` chains and objects, Nest decorators. `map.get(key)` and `Promise.all([…])`
 * are no routes. Logins post credentials; logouts are also reached with GET.
 */
const POST_ROUTE = /(?<!Promise)\.(?:post|all)\s*\(\s*(?:['"][/*]|`|\[|\/[^/*]|[A-Za-z_$][\w$.]*\s*,)|\.route\s*\(|@Post\(/;
/** A quoted path ending in the resource a login creates (`'/session'`, `'/api/sessions/'`, `'/token'`, `'/api/auth'`), as isLoginPath reads it. */
const LOGIN_RESOURCE_PATH = /['"`]\/(?:[\w:.-]{1,60}\/){0,6}(?:sessions?|token|auth)\/?['"`]/;
/** A Nest controller for the auth resource (`@Controller('auth')`, `@Controller('api/v1/auth')`): its `@Post()` is `POST /auth`. */
const NEST_AUTH_CONTROLLER = /@Controller\(\s*['"`](?:[\w-]{1,40}\/){0,4}auth['"`]/;
const ANY_ROUTE = /(?<!Promise)\.(?:get|post|put|patch|delete|del|all)\s*\(\s*(?:['"][/*]|`|\[|\/[^/*]|[A-Za-z_$][\w$.]*\s*,)|\.route\s*\(|@(?:Get|Post|Put|Patch|Delete|All)\(/;
/** A Fastify route object's key (`{ method: 'POST', url: '/signin', handler }`): a route written apart from its `route()` call. */
const ROUTE_OBJECT_URL = /\burl\s*:/;
/**
 * Handlers a controller module exports (`export async function login(req, res)`,
 * `module.exports = { logout }`): their routes are registered elsewhere. exportedHandlers takes a
 * function for one when its first parameter is called req or request or is typed as a `…Request`.
 */
const EXPORTS = /\bexports?\b/;
const HANDLER_PARAMETER = /\(\s*_?(?:req|request)\s*[,):]|:\s*[\w$.]*Request\b/;

function exportsHandlers(text: string): boolean {
  return EXPORTS.test(text) && HANDLER_PARAMETER.test(text);
}

/** `word` matched in any letter case, without the `i` flag. */
function anyCase(word: string): string {
  return [...word].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c)).join('');
}

/**
 * A credential check as the handler analysis recognises one: a call named like one, `verify` on a
 * password hashing library, a Nest guard or passport (which the handler analysis follows too).
 */
export const CREDENTIAL_CHECK_CALL = new RegExp(
  `\\b(?:${wordAlternation(CREDENTIAL_CALL_NAMES)})\\b|\\b(?:${HASHING_OBJECT_NAMES.map(anyCase).join('|')})\\s*\\.\\s*verify\\b|AuthGuard|passport`,
);

const LOGIN_OR_LOGOUT_CORE = /log[-_]?(?:in|on|out|off)|sign[-_]?(?:in|out)/gi;

const isLowerOrDigit = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
const isUpper = (code: number): boolean => code >= 65 && code <= 90;

const isIdentifierChar = (code: number): boolean => isLowerOrDigit(code) || isUpper(code) || code === 95 /* _ */ || code === 36; /* $ */
const QUOTES = new Set([34, 39, 96]); // " ' `

/**
 * In a string or template that can be a route path, on one line: one starting with `/`, `*` or
 * `${` (`'/auth/login'`, `` `${base}/sign-out` ``), or the word alone as a Nest decorator writes it
 * (`@Post('login')`, `'sign-in/'`). URLs (`'https://login.example.com'`) and prose are not paths.
 */
function inRoutePath(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && start - i < 300; i--) {
    const code = text.charCodeAt(i);
    if (code === 10) return false;
    if (!QUOTES.has(code)) continue;
    const first = text.charCodeAt(i + 1);
    if (first === 47 /* / */ || first === 42 /* * */ || first === 36 /* $ */) return true;
    const next = text.charCodeAt(end);
    return i + 1 === start && (QUOTES.has(next) || next === 47);
  }
  return false;
}

/** After a handler's name: the function it names, taking a request first (`login(req, res)`, `logout: async (request) =>`, `signIn = wrap(async ({ body }, reply) =>`). */
const HANDLER_AFTER_NAME = /\s*(?:(?::\s*[\w$.]+(?:<[^>\n]{0,200}>)?\s*)?[:=]\s*(?:[\w$.]+\s*\(\s*)?)?(?:async\s+)?(?:function\b\s*(?:[\w$]+\s*)?)?\(\s*(?:_?(?:req|request)\b|\{)/y;
/** After a function's name: its parameters or arguments (`async login(`, `authService.signInUser(`). */
const CALL_AFTER_NAME = /\s*\(/y;
/**
 * What a login or logout word must name: a route's path, an exported handler taking a request, or a
 * function defined or called (a login mutation handing its input to `authService.login(…)`).
 */
type NameRole = 'route-path' | 'handler-name' | 'call';
/** A route's path argument: the first of several (`router.post(LOGIN_PATH, …)`), or the only one of `route()` (`app.route(paths.logout)`). */
const FIRST_ARGUMENT_BEFORE = /\(\s*$/;
const FIRST_ARGUMENT_AFTER = /\s*,/y;
const ROUTE_ARGUMENT_BEFORE = /\.route\s*\(\s*$/;
const ONLY_ARGUMENT_AFTER = /\s*\)/y;

/**
 * Where a login or logout word can make a handler, as authHandlers reads them: for a route, in its
 * path (a path string, or the name passed as the path); for a handler a module exports, as the name
 * of a function that takes a request.
 */
function namesHandler(text: string, start: number, end: number, role: NameRole): boolean {
  let from = start;
  while (from > 0 && (isIdentifierChar(text.charCodeAt(from - 1)) || text.charCodeAt(from - 1) === 46)) from--;
  let to = end;
  while (to < text.length && isIdentifierChar(text.charCodeAt(to))) to++;
  if (role === 'handler-name') {
    HANDLER_AFTER_NAME.lastIndex = to;
    return HANDLER_AFTER_NAME.test(text);
  }
  if (role === 'call') {
    CALL_AFTER_NAME.lastIndex = to;
    return CALL_AFTER_NAME.test(text);
  }
  if (inRoutePath(text, start, end)) return true;
  const before = text.slice(Math.max(0, from - 40), from);
  FIRST_ARGUMENT_AFTER.lastIndex = to;
  if (FIRST_ARGUMENT_AFTER.test(text) && FIRST_ARGUMENT_BEFORE.test(before)) return true;
  ONLY_ARGUMENT_AFTER.lastIndex = to;
  return ONLY_ARGUMENT_AFTER.test(text) && ROUTE_ARGUMENT_BEFORE.test(before);
}

/**
 * A login or logout word as a word of its own, as authHandlers splits route paths and handler names
 * into words: it starts after a non-letter or at a camelCase hump (`handleLogOut`, `/sign-in`,
 * `LOGIN_PATH`) and ends before one (`loginHint` counts; `signing`, `assignIn`, `dialogOutlet` do
 * not), where it can name a handler (see {@link namesHandler}). The boundaries are checked here
 * rather than with lookarounds in the pattern, which made it fifteen times slower.
 */
function mentionsLoginOrLogout(text: string, role: NameRole): boolean {
  LOGIN_OR_LOGOUT_CORE.lastIndex = 0;
  for (let match = LOGIN_OR_LOGOUT_CORE.exec(text); match; match = LOGIN_OR_LOGOUT_CORE.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    const startsWord = !(isLowerOrDigit(before) || isUpper(before)) || (isLowerOrDigit(before) && isUpper(text.charCodeAt(start)));
    if (startsWord && !(end < text.length && isLowerOrDigit(text.charCodeAt(end))) && namesHandler(text, start, end, role)) return true;
    LOGIN_OR_LOGOUT_CORE.lastIndex = start + 1;
  }
  return false;
}

/** The first, cheapest test: does the file mention any session, cookie, token, credential or login word at all? */
export function mentionsJsKeyword(text: string): boolean {
  return KEYWORD_PATTERN.test(text);
}

/**
 * A handler a module exports logs in or out only by touching the session: a destructured
 * `{ session }` (a `.session` is found above), or passport's `req.logIn()` / `req.logOut()`.
 */
const TOUCHES_SESSION = /\bsession\b|\.log(?:[Ii]n|[Oo]ut)\s*\(/;

/**
 * GraphQL resolvers touching the session (or passport's `req.logIn()` / `req.logOut()`) without a `.session` in their text: a resolver map's
 * `Mutation:` whose resolvers take `{ session }` from their context, a resolver module taking a
 * destructured context after other parameters (`(_, args, { req, session })`), or a field config's `resolve` whose root
 * value carries the request (`resolve: (req, args) => { const { session } = req; … }`).
 */
const RESOLVER_MAP = /\bMutation\s*:/;
/**
 * A destructured parameter naming the session or the request among its first names (`, { req, session, prisma }`).
 * Read by a small scanner rather than one pattern: the one-pattern form (`,\s*\{\s*(?:[\w$]+\s*,\s*){0,8}…`) is
 * linear, but its automaton is so large that the ReDoS checker could not decide it in time on a loaded machine.
 */
const DESTRUCTURE_OPEN = /,\s*\{/g;
const DESTRUCTURED_NAME = /\s*([\w$]+)\s*(,?)/y;
const CONTEXT_NAMES = new Set(['session', 'req', 'request']);
const MAX_NAMES_BEFORE_CONTEXT = 9;

function destructuresRequestOrSession(text: string): boolean {
  DESTRUCTURE_OPEN.lastIndex = 0;
  for (let open = DESTRUCTURE_OPEN.exec(text); open; open = DESTRUCTURE_OPEN.exec(text)) {
    DESTRUCTURED_NAME.lastIndex = DESTRUCTURE_OPEN.lastIndex;
    for (let read = 0; read < MAX_NAMES_BEFORE_CONTEXT; read++) {
      const name = DESTRUCTURED_NAME.exec(text);
      if (!name) break;
      if (CONTEXT_NAMES.has(name[1]!)) return true;
      if (name[2] !== ',') break;
    }
  }
  return false;
}
const FIELD_RESOLVE = /\bresolve\s*[:(]/;
/** passport's `req.logIn(…)` / `req.login(…)` (also a service's `.login(…)`: the parse decides). */
const PASSPORT_LOGIN = /\.log[Ii]n\s*\(/;
/** GraphQL mutations, as every resolver form but a `mutations/` folder's modules names them (`Mutation: {`, `@Mutation()`, `mutationField`, `type: 'Mutation'`). */
const MUTATION = /mutation/i;

function resolverTouchingSession(text: string): boolean {
  return TOUCHES_SESSION.test(text) && (RESOLVER_MAP.test(text) || destructuresRequestOrSession(text) || FIELD_RESOLVE.test(text));
}

/**
 * A call to a storage helper whose key names a token (`setItem(AUTH_TOKEN, token)`,
 * `storage.set("token", data.token)`), as the storage adapter resolves them: the setter's name, then
 * `token` or `jwt` in its first argument (before the first comma or parenthesis, within a short
 * window). A scan, not one pattern, so that it stays linear.
 */
const HELPER_SETTER = /\b(?:set|setItem|save|store|persist|put|write)\s*\(/g;
const TOKEN_IN_KEY = /token|jwt/i;
const KEY_WINDOW = 80;

function storageHelperCall(text: string): boolean {
  HELPER_SETTER.lastIndex = 0;
  for (let call = HELPER_SETTER.exec(text); call; call = HELPER_SETTER.exec(text)) {
    const window = text.slice(HELPER_SETTER.lastIndex, HELPER_SETTER.lastIndex + KEY_WINDOW);
    const end = [window.indexOf(','), window.indexOf(')')].filter((i) => i >= 0);
    if (TOKEN_IN_KEY.test(end.length > 0 ? window.slice(0, Math.min(...end)) : window)) return true;
  }
  return false;
}

export function mightContainJsFacts(text: string, fileName?: string): boolean {
  if (!mentionsJsKeyword(text)) return false;
  if (ADAPTER_MODULE.test(text) || SESSION_OR_COOKIE_API.test(text)) return true;
  if (OTHER_COOKIE_MODULE.test(text)) return true;
  if (UNIMPORTED_SET_COOKIE.test(text) && (fileName === undefined || SERVER_FOLDER.test(fileName))) return true;
  if (WEB_STORAGE.test(text) && (WEB_STORAGE_WRITE.test(text) || WEB_STORAGE_ALIAS.test(text))) return true;
  // Routes registered here: a login checks a credential or is known by its path; a logout by its path.
  if ((POST_ROUTE.test(text) || ROUTE_OBJECT_URL.test(text)) && CREDENTIAL_CHECK_CALL.test(text)) return true;
  if ((ANY_ROUTE.test(text) || ROUTE_OBJECT_URL.test(text)) && mentionsLoginOrLogout(text, 'route-path')) return true;
  // `router.post('/session', sessions.create)`, `POST /api/token`, `POST /auth`: paths that name a login as a resource.
  if (POST_ROUTE.test(text) && (LOGIN_RESOURCE_PATH.test(text) || NEST_AUTH_CONTROLLER.test(text))) return true;
  // A route file logging the user in with passport's `req.logIn(user, cb)` and naming no login (a password reset's
  // `POST /reset/:token` ending in `req.logIn`, docbuilder): the handler's flow finds the login.
  if (POST_ROUTE.test(text) && PASSPORT_LOGIN.test(text)) return true;
  if (resolverTouchingSession(text)) return true;
  // A login mutation that issues a token instead of a session is still a login when it checks a credential,
  // or when it hands the password to a service by name (`login(@Args('input') input: LoginInput)`).
  if (MUTATION.test(text) && (CREDENTIAL_CHECK_CALL.test(text) || mentionsLoginOrLogout(text, 'call'))) return true;
  // Handlers a controller module exports, judged by their names, when they touch the session.
  if (exportsHandlers(text) && TOUCHES_SESSION.test(text) && (CREDENTIAL_CHECK_CALL.test(text) || mentionsLoginOrLogout(text, 'handler-name'))) return true;
  return storageHelperCall(text);
}
