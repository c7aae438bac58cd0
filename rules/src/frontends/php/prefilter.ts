/**
 * Whether a PHP file can hold a fact, from its text alone: each pattern is something an adapter
 * needs to find in the code, not a topic word. WordPress-style code says "cookie", "session" and
 * "login" on every page (`wp_get_session_token()`, `$cookie_elements`, `wp_login_url()`) without
 * calling one session or cookie API; matching the words made tree-sitter parse 1,050 of 6,317 files
 * of the real corpus, 40 of which held a fact. Case-insensitive: PHP function, method and class
 * names are.
 *
 * What each adapter needs, and the text that spells it:
 * - session runtime: a `session_*()` call (`session_start`, `session_set_cookie_params`,
 *   `session_name`, `session_id`, `session_regenerate_id`…), or `ini_set`/`ini_alter` with a
 *   `session.` key (as a literal, or a constant that the same file spells);
 * - cookies: `setcookie()`/`setrawcookie()`, a `Set-Cookie` header;
 * - Laravel's config/session.php: its array keys (`'cookie' =>`, `'http_only' =>`, …);
 * - login and logout handlers: the session data they write or clear (`$_SESSION`, `session()`,
 *   `->session()`, `getSession()`, `$session`, `$this->session`, `Session::`), a Laravel guard
 *   (`Auth::`, `auth()`, `->guard()`, `$request->authenticate()`), a logout name (a logout handler
 *   is reported whatever it does), a session controller (Breeze's `destroy` logs out), or a
 *   login route (`Route::post('/login', …)`);
 * - CSRF: the middleware and Symfony settings say `csrf` or `forgery`; Laravel's
 *   `$middlewareGroups` (a web group with StartSession and no CSRF middleware); a plain script
 *   that reads `$_POST` (or `REQUEST_METHOD`), includes a file (which may start its session) and
 *   shows a change of state (see {@link changesStateOnPost}), or a script that includes files and
 *   changes state while its includes read the form (see {@link changesStateWithIncludes});
 * - session ids from the request: `->setId(`, `::setId(`;
 * - Symfony's framework config in PHP: `FrameworkConfig $framework`, `->extension('framework', …)`, `loadFromExtension(`;
 * - Symfony's security config in PHP: `SecurityConfig $security`, or a `'firewalls' =>` array (their logins).
 * The loss check: every fixture and example holding a fact passes (tested), and `npm run bench`
 * analyses every file this drops from the real corpus and counts those that hold a fact.
 */
import { scriptName } from './adapters/authUnits';
import { LOGIN_NAME, LOGOUT_NAME, words } from './adapters/lifecycleAuth';
import { CHANGING_CALLS, writesSql } from './adapters/scriptRequest';

/**
 * Words one of which every pattern below needs: most files fail this one scan of plain words, and
 * the patterns run only on the others. Literals (the ReDoS test checks every pattern with recheck),
 * each small: one large alternation took recheck longer than its time limit to decide.
 */
const GATE = /session|cookie|_post|request_method|http_only|same_site|expire_on_close|lifetime|setid|attempt|login|logout|log-out|log_out|signout|sign-out|sign_out|logoff|log-off|log_off|authenticate|csrf|forgery|middlewaregroups|route|controller/i;

/** Things an adapter turns into a fact on their own. */
const DIRECT: readonly RegExp[] = [
  // Native sessions and cookies: `session_start()`, `$_SESSION` (a script named login.php or
  // logout.php says neither word in its text), `setcookie()`, `header('Set-Cookie: …')`.
  /\bsession_[a-z_]+\s*\(/i,
  /\$_SESSION\b/,
  /\bset(?:raw)?cookie\s*\(|set-cookie/i,
  // Laravel's config/session.php keys (array keys are case-sensitive strings).
  /'(?:cookie|http_only|same_site|expire_on_close|lifetime)'|"(?:cookie|http_only|same_site|expire_on_close|lifetime)"/,
  // A session id set from the request: `session()->setId($request->input('sid'))`.
  /\bsetId\s*\(/i,
  // Laravel's guard logging in or out: `Auth::attempt()`, `auth()->login($user)`, `$this->guard()->logout()`, `$request->authenticate()`.
  /(?:->|::)\s*(?:attempt|login|logout|authenticate)\w*\s*\(/i,
  // CSRF middleware turned off (Laravel), CSRF protection off (Symfony), the web group without it.
  /verifycsrftoken|validatecsrftoken|preventrequestforgery|csrf_?protection|middlewareGroups/i,
  // Symfony's framework.session in config/packages/framework.php.
  /FrameworkConfig|loadFromExtension|extension\(\s*'framework'/,
  /SecurityConfig|['"]firewalls['"]/,
];

/** Words of a login: a method named for it, or a credential check. */
const LOGIN_WORD = /log[-_]?in|sign[-_]?in|log[-_]?on|authenticat|pass|credential|hash_equals|ldap_bind|crypt/i;

/** Words of a logout, English and the other languages lifecycleAuth's LOGOUT_NAME knows. */
const LOGOUT_WORDS = /log[-_]?out|sign[-_]?out|log[-_]?off|d[eé]connex|d[eé]connect|abmelden|ausloggen|cerrar[-_]?sesi|uitloggen/i;

/** Pairs that make a fact together, each spelled somewhere in the file. */
const TOGETHER: readonly (readonly [RegExp, RegExp])[] = [
  // `ini_set('session.cookie_secure', …)`.
  [/\bini_(?:set|alter)\s*\(/i, /session\.[a-z_]/i],
  // Session data written by a login: Laravel's `session()`, `$request->session()`, `Session::`,
  // Symfony's `getSession()`, `$session`, `$this->session`.
  [/\b(?:get)?session\s*\(/i, LOGIN_WORD],
  [/->\s*session\b|\$session\b/i, LOGIN_WORD],
  [/\bsession\s*::/i, LOGIN_WORD],
  // A session touched where a logout is named, also in a route attribute or another language
  // (`#[Route('/comptes/deconnexion/')]` over `$session->remove('user_id')`).
  [/session/i, LOGOUT_WORDS],
  // `Route::post('/login', …)`, `Route::post('/logout', …)`: login and logout routes.
  [/\bRoute\s*::/i, /log[-_]?in|sign[-_]?in|log[-_]?on|authenticate|token|session|auth|log[-_]?out|sign[-_]?out|log[-_]?off/i],
  // A routed controller action (Symfony's Route, FOSRestBundle's `@Rest\Post`) that checks a password itself: a token login.
  [/\bRoute\b|RestBundle/, /\b(?:isPasswordValid|password_verify)\s*\(/i],
];

/**
 * A script whose session an included file starts (`require 'lib/session.php'`, whose path need not
 * say "session") and that changes state on POST: csrf follows its includes. Asking for a change
 * the text shows (an SQL write, a file written or deleted, mail) keeps WordPress-style admin pages
 * out: on ClassicPress the pair alone let 100 more files through, the three together 7. A script
 * whose only change is an included function's, and that says nothing of the session, is lost.
 */
const POSTS = /\$_POST\b|REQUEST_METHOD/;
const INCLUDES = /\b(?:include|require)(?:_once)?\b/i;
// scriptRequest.ts's CHANGING_CALLS, asked by name from a scan of the calls: one case-insensitive
// alternation of ten names was too large for recheck to decide in time.
const CALL_NAME = /\b([A-Za-z_]\w*)\s*\(/g;

function callsChange(text: string): boolean {
  for (const [, name] of text.matchAll(CALL_NAME)) if (name && CHANGING_CALLS.has(name.toLowerCase())) return true;
  return false;
}

/**
 * A helper of the project that starts the session (`sec_session_start()`, `secure_session_start()`,
 * `my_session_start()`): `\bsession_` does not see it inside the name. Asked together with a POST read
 * and an include, for pages whose only change is an included function's (IrishJoy's `category-new.php`:
 * `sec_session_start(); if (login_check(…) == false) …; add_category($conn, $_POST['new_category']);`).
 */
const SESSION_START_HELPER = /session_?start\w{0,20}\s{0,4}\(/i;

function changesStateOnPost(text: string): boolean {
  return POSTS.test(text) && INCLUDES.test(text) && (writesSql(text) || callsChange(text) || SESSION_START_HELPER.test(text));
}

/** `class Name`: a class file is left to the framework checks, so its text alone never asks for a parse here. */
const CLASS_DECLARATION = /\bclass\s+[A-Za-z_]/;

/**
 * A script that changes state and includes files, but says neither "session" nor "POST": its
 * included files may start the session, guard the page and read the form (`users/store.php`
 * including `auth_middleware.php` and a `_validate.php` that reads `$_POST`). csrf follows its
 * includes. Not class files. On the 29,354 PHP files of the bench and precision corpora this lets
 * 24 more files through (1,200 before).
 */
function changesStateWithIncludes(text: string): boolean {
  return INCLUDES.test(text) && !CLASS_DECLARATION.test(text) && (writesSql(text) || callsChange(text));
}

/** Breeze's AuthenticatedSessionController: `store()` logs in, `destroy()` logs out (the lifecycle adapter's session controllers). */
const CLASS_NAME = /\bclass\s+(\w+)/gi;
const STORE_OR_DESTROY = /\bfunction\s+(?:store|destroy)\s*\(/i;

/** A function or method named for a logout is a logout handler whatever it does. */
const FUNCTION_NAME = /\bfunction\s+(?:&\s*)?(\w+)/gi;
const LOGOUT_WORD = /log[-_]?out|sign[-_]?out|log[-_]?off/i;

function declaresLogoutFunction(text: string): boolean {
  for (const [, name] of text.matchAll(FUNCTION_NAME)) if (name && LOGOUT_WORD.test(name)) return true;
  return false;
}

function declaresSessionController(text: string): boolean {
  for (const [, name] of text.matchAll(CLASS_NAME)) if (name && /controller$/i.test(name) && /session|login|signin|auth/i.test(name)) return STORE_OR_DESTROY.test(text);
  return false;
}

/**
 * `fileName`: a script is a login or logout handler by its name (`logout.php` calling a helper
 * defined elsewhere says neither word in its text).
 */
export function mightContainPhpFacts(text: string, fileName?: string): boolean {
  if (!GATE.test(text)) return (fileName !== undefined && namesAHandler(fileName)) || changesStateWithIncludes(text);
  if (DIRECT.some((pattern) => pattern.test(text)) || TOGETHER.some(([first, second]) => first.test(text) && second.test(text)) || declaresLogoutFunction(text) || declaresSessionController(text) || changesStateOnPost(text) || changesStateWithIncludes(text)) return true;
  return fileName !== undefined && namesAHandler(fileName);
}

function namesAHandler(fileName: string): boolean {
  const name = words(scriptName(fileName));
  return LOGIN_NAME.test(name) || LOGOUT_NAME.test(name);
}
