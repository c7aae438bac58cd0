import type { CookieAttributes, CookieWriteFact, Fact, LibraryId, SessionConfigFact } from '../../model/facts';
import type { TextRange } from '../../model/range';
import type { Value } from '../../model/value';

/** A cookie a cookie-* rule looks at: the session cookie of a session config, or a cookie write. */
export interface CookieTarget {
  readonly fact: SessionConfigFact | CookieWriteFact;
  readonly cookie: CookieAttributes;
  /** True for the session cookie of a session library and for writes whose name looks like a session or auth cookie. */
  readonly sessionLike: boolean;
  /** How to name the cookie in a message: `the express-session cookie`, `cookie 'theme'`. */
  readonly label: string;
}

/** Names of cookies that carry a session or authentication: checked at full severity. */
const SESSION_NAME_PARTS = ['sess', 'sid', 'token', 'auth', 'jwt', 'remember', 'login', 'csrf', 'xsrf', 'identity', 'access', 'refresh', 'user'];

/**
 * Words of a cookie name that hold a part above without being about a session: a UI's
 * `sidebar_state` (vendure), WordPress's `comment_author_…`, `accessibility` preferences.
 */
const PLAIN_WORDS = new Set(['sidebar', 'sidenav', 'side', 'inside', 'consider', 'residence', 'resident', 'president', 'author', 'authors', 'accessibility', 'accessible']);

/**
 * Words that make a cookie a preference store: with `user` as its only session-like part
 * (`hoarder-user-local-settings`, `user_prefs`, `userTheme`) the cookie holds the user's UI choices,
 * not the user's identity. `user_id`, `userToken` or `kener-user` still count.
 */
const PREFERENCE_WORDS = new Set(['settings', 'setting', 'prefs', 'pref', 'preferences', 'preference', 'theme', 'locale', 'lang', 'language', 'layout', 'consent', 'timezone', 'currency']);

/**
 * Words that make a cookie a stand-in for the session, not the session: a mock API's `mock-session=1`
 * (hedgedoc's front-end mock mode, precision5), a `fake_auth` of a demo server. It carries no credential.
 */
const STAND_IN_WORDS = new Set(['mock', 'mocked', 'fake', 'dummy', 'stub']);

export function isSessionLikeName(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower === 'connect.sid' || lower === 'phpsessid') return true;
  // By word (`sidebar_state`, `commentAuthor`), so a part inside a plain word does not count; a
  // word that runs parts together (`JSESSIONID`, `authtoken`) still does.
  const words = name.split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/).map((word) => word.toLowerCase());
  if (words.some((word) => STAND_IN_WORDS.has(word))) return false;
  const parts = words.filter((word) => !PLAIN_WORDS.has(word)).flatMap((word) => SESSION_NAME_PARTS.filter((part) => word.includes(part)));
  if (parts.length === 0) return false;
  return parts.some((part) => part !== 'user') || !words.some((word) => PREFERENCE_WORDS.has(word));
}

/**
 * A cookie named as a CSRF token (`XSRF-TOKEN`, `csrfToken`): in the double-submit pattern the page's
 * script reads it and echoes it in a header, so it must not be HttpOnly (Angular and Laravel write
 * `XSRF-TOKEN` readable on purpose). csurf's own `_csrf` secret is another matter: the library alone
 * reads it (libraryOwned).
 */
export function isCsrfTokenCookieName(name: string): boolean {
  return name.split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/).some((word) => /^[cx]srf/i.test(word));
}

const LIBRARY_LABELS: Partial<Record<LibraryId, string>> = {
  'express-res-cookie': "Express's res.cookie()",
  'set-cookie-header': 'a Set-Cookie header',
  cookies: 'the cookies package',
  'document-cookie': 'document.cookie',
  '@fastify/cookie': '@fastify/cookie',
  cookie: "the cookie package's serialize()",
  'php-session': 'PHP',
  'php-setcookie': "PHP's setcookie()",
  'php-ini': 'PHP',
  laravel: 'Laravel',
  symfony: 'Symfony',
  drupal: 'Drupal',
  next: 'Next.js',
  hono: "Hono's cookie helper",
  h3: "h3's setCookie()",
  'ngx-cookie-service': 'ngx-cookie-service',
  csurf: 'csurf',
};

/** How a library is named in messages. */
export function libraryLabel(library: LibraryId): string {
  return LIBRARY_LABELS[library] ?? library;
}

const SESSION_LABELS: Partial<Record<LibraryId, string>> = { 'php-session': 'PHP session', 'php-ini': 'PHP session', laravel: 'Laravel session', symfony: 'Symfony session', drupal: 'Drupal session' };

export function cookieTargets(facts: readonly Fact[]): CookieTarget[] {
  const targets: CookieTarget[] = [];
  for (const fact of facts) {
    if (fact.kind === 'session-config') {
      const library = SESSION_LABELS[fact.library] ?? fact.library;
      targets.push({ fact, cookie: fact.cookie, sessionLike: true, label: `The ${library} cookie` });
    } else if (fact.kind === 'cookie-write' && !fact.clearing) {
      // A library's own cookie may go by its default name (csurf's `_csrf`).
      const name = fact.cookie.name;
      const written = name.kind === 'known' ? name.value : name.kind === 'absent' ? name.default : undefined;
      const sessionLike = written !== undefined ? isSessionLikeName(written) : name.kind === 'env';
      targets.push({ fact, cookie: fact.cookie, sessionLike, label: written !== undefined ? `Cookie '${written}'` : 'This cookie' });
    }
  }
  return targets;
}

/**
 * A cookie browser script writes (`document.cookie = 'theme=dark'`) whose name does not look like a
 * session or credential cookie: a preference the page keeps for itself. No server sets it, so there is
 * no session to protect; cookie-secure and cookie-samesite report it only when asked (the strict preset).
 */
export function isScriptPreferenceCookie(target: CookieTarget): boolean {
  return target.fact.kind === 'cookie-write' && target.fact.library === 'document-cookie' && !target.sessionLike;
}

/** Where to report a value: where it is written, or else the options object, or else the call. */
export function reportRange(fact: Fact, value: Value<unknown>): TextRange {
  if (value.kind === 'known' || value.kind === 'env') return value.file ? fact.range : value.optionRange ?? value.range;
  if (value.kind === 'unknown' && value.range) return value.optionRange ?? value.range;
  return fact.optionsRange ?? fact.range;
}

/** Names session libraries use when none is given: they tell an attacker which stack runs the site. */
export const DEFAULT_SESSION_COOKIE_NAMES: readonly string[] = ['connect.sid', 'session', 'sessionId', 'PHPSESSID', 'laravel_session'];

const HOST_PREFIX = '__Host-';
const SECURE_PREFIX = '__Secure-';

/** A `__Host-` name for a cookie: library default names become `__Host-sid`, others keep their name. */
export function hostPrefixedName(name: string): string {
  const bare = name.startsWith(SECURE_PREFIX) ? name.slice(SECURE_PREFIX.length) : name;
  const generic = [...DEFAULT_SESSION_COOKIE_NAMES, 'sid'].some((n) => n.toLowerCase() === bare.toLowerCase());
  return generic ? `${HOST_PREFIX}sid` : `${HOST_PREFIX}${bare}`;
}

/**
 * True when the cookie's name is written in one place that several cookies use (a shared options
 * const): renaming it there would rename them all, so rename suggestions leave it alone.
 */
export function nameSharedWithOtherCookies(facts: readonly Fact[], fact: SessionConfigFact | CookieWriteFact): boolean {
  const name = fact.cookie.name;
  if (name.kind !== 'known' || name.file) return false;
  return facts.some(
    (other) =>
      other !== fact &&
      (other.kind === 'session-config' || other.kind === 'cookie-write') &&
      other.cookie.name.kind === 'known' &&
      !other.cookie.name.file &&
      other.cookie.name.range.start === name.range.start &&
      other.cookie.name.range.end === name.range.end,
  );
}
