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

export function mightContainJsFacts(text: string): boolean {
  return KEYWORD_PATTERN.test(text) || AUTH_HANDLER_WORDS.test(text) || (TOKEN_LOGIN_PATH.test(text) && CREDENTIAL_CHECK.test(text));
}
