/**
 * Words at least one of which appears in every file that can hold a JS fact. A file without any of
 * them is never parsed. Adapters that add an API must add its words here; a test runs every fixture
 * through this filter so that no finding can be lost.
 */
export const JS_KEYWORDS: readonly string[] = ['session', 'cookie', 'Cookie', 'COOKIE', 'jwt', 'jsonwebtoken', 'jose', 'localStorage', 'login', 'logout', 'secret', 'passport', 'signin', 'signout', 'regenerate', 'csrf', 'Csrf', 'CSRF', 'password', 'Password'];

/**
 * The keywords as one alternation of literal words: one pass over the text instead of one per
 * keyword (about 2× faster on a large project, where this scan runs on every file).
 */
const KEYWORD_PATTERN = new RegExp(JS_KEYWORDS.map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/**
 * Login and logout handlers are recognised by route paths and handler names case-insensitively,
 * with separators (`/LogOut`, `/sign-in`, `handleLogOn`, `sign_out`: authHandlers' LOGIN_PATH,
 * LOGOUT_PATH, LOGIN_NAME, LOGOUT_NAME), and by a session bound with Nest's `@Session()`.
 */
const AUTH_HANDLER_WORDS = /log[-_]?(?:in|on|out|off)|sign[-_]?(?:in|out)|authenticate|session/i;

/**
 * A login route that issues a token instead of a session (`POST /token`, `/auth`) is still a login
 * to rate-limit when it checks a credential (`bcrypt.compare`, `timingSafeEqual`, `argon2.verify`,
 * a `LocalAuthGuard`): both must appear.
 */
const TOKEN_LOGIN_PATH = /auth|token/i;
const CREDENTIAL_CHECK = /compare|timingSafeEqual|Credentials|verify|AuthGuard/;

/**
 * The second, sharper test. A word like `session` or `password` appears in far more files than can
 * hold a fact (TLS sessions, password fields in forms, HTTP/2 sessions): on a corpus of 13,000 files
 * from installed packages the words alone let 16 MB through to the parser, of which 0.4 MB held a
 * fact. Every fact comes from one of these: a module an adapter binds to, a cookie, storage or
 * session API written in the file, or a login route that checks a credential.
 */
const ADAPTER_MODULE =
  /['"](?:express-session|cookie-session|cookie-parser|cookies|cookie|jsonwebtoken|jose|express-jwt|passport(?:-[\w-]+)?|@fastify\/[\w-]+|fastify(?:-[\w-]+)?|@nestjs\/[\w-]+|csurf|csrf-csrf|csrf-sync|lusca|tiny-csrf|koa(?:-[\w-]+)?|express-rate-limit|rate-limiter-flexible|express-brute|express-slow-down|express-limiter|keygrip)['"/]/;
const SESSION_OR_COOKIE_API = /\.(?:cookie|setCookie|clearCookie|cookies)\b|set-cookie|document\.cookie|localStorage|sessionStorage|\.session\b|\bsession\s*[,}:]|sessionI[Dd]\b|@Session\(/i;
/** Logins post credentials; logouts are also reached with GET. */
const POST_ROUTE = /\.(?:post|route|all)\s*\(|@Post\(/;
const ANY_ROUTE = /\.(?:get|post|route|all|put|patch|delete|del)\s*\(|@(?:Get|Post|Put|Patch|Delete|All)\(/;
const CREDENTIAL_WORD = /compare|timingSafeEqual|Credentials|verify|AuthGuard|password/i;
const LOGIN_OR_LOGOUT_WORD = /log[-_]?(?:in|on|out|off)|sign[-_]?(?:in|out)/i;

/** The first, cheapest test: does the file mention any session, cookie, token or login word at all? */
export function mentionsJsKeyword(text: string): boolean {
  return KEYWORD_PATTERN.test(text) || AUTH_HANDLER_WORDS.test(text) || (TOKEN_LOGIN_PATH.test(text) && CREDENTIAL_CHECK.test(text));
}

export function mightContainJsFacts(text: string): boolean {
  if (!mentionsJsKeyword(text)) return false;
  if (ADAPTER_MODULE.test(text) || SESSION_OR_COOKIE_API.test(text)) return true;
  // A login or logout route that binds no library: judged by its path or its credential check.
  return (POST_ROUTE.test(text) && CREDENTIAL_WORD.test(text)) || (LOGIN_OR_LOGOUT_WORD.test(text) && ANY_ROUTE.test(text));
}
