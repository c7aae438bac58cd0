import type { Node } from 'web-tree-sitter';
import type { RelatedLocation, SessionConfigFact } from '../../../model/facts';
import type { TextRange } from '../../../model/range';
import type { AuthHandlerFact, CsrfSurfaceFact, RouteInfo } from '../../../model/lifecycleFacts';
import type { PhpAdapterContext } from '../adapterContext';
import { projectIniSameSite } from '../app/projectIni';
import { includedHandling, includedPostRead, type SameSiteSetting } from '../app/scriptIncludes';
import { rangeOf } from '../syntax';
import { LOGOUT_NAME, words } from './authSyntax';
import { scriptName } from './authUnits';
import { requestBranches } from './requestBranches';
import { reauthenticationCovering, requestHandling, type RequestHandling } from './scriptRequest';

/** Login, sign-up and logout scripts are not judged for CSRF in plain PHP (login CSRF is a judgement call). */
const AUTH_SCRIPT = /(^|-)(log-?in|sign-?in|log-?on|authenticate|login-?check|check-?login|register|registration|sign-?up|inscription)(-|$)/;
/**
 * Steps of the way back in before a login (a forgotten password, a code sent again): they read what
 * the flow put in the session (`$_SESSION['user_name']` for the mail's greeting), not a logged-in
 * user, so only a login guard puts them behind a login.
 */
const PRE_LOGIN_SCRIPT = /(^|-)(forgot|forgotten|resend|recover|recovery|reset-?pass(word)?|password-?reset)(-|$)/;
/** Text a script must hold before it is parsed for the question: posted data. */
const POSTS = /\$_POST\b|REQUEST_METHOD/;
/** Text a script must hold to have its posted data read by an included file. */
const INCLUDES = /\b(?:include|require)(?:_once)?\b/i;

/**
 * A plain PHP script that handles POST requests with a session, exposed to CSRF unless it checks a
 * token (a `$_POST['csrf_token']` compared, a `verify_csrf()` helper), the request's Origin/Referer,
 * or its session cookie is SameSite=Lax/Strict. Two forms:
 * - the script configures its session itself (`session_start([...])`, `ini_set('session.*')`,
 *   `session_set_cookie_params()`): the rule reads SameSite from that session fact;
 * - its session comes from php.ini or an included file (`session_start();`, `require 'lib/session.php'`):
 *   judged only when the script is behind a login (it reads who the user is, or an included guard
 *   redirects strangers), changes state (SQL INSERT/UPDATE/DELETE, file writes, `unlink()`,
 *   `mail()`, an included function that does) and is not a login, sign-up or logout; SameSite is
 *   read from the included configuration and the project's .user.ini / php.ini / .htaccess.
 * Files of a framework (a class, Laravel's `Illuminate\`) are left to the framework checks.
 */
export function plainPhpSurface(context: PhpAdapterContext): CsrfSurfaceFact | undefined {
  const verdict = scriptVerdict(context);
  return verdict && 'surface' in verdict ? verdict.surface : undefined;
}

/**
 * What the CSRF question says of a script: its own surface, or that it is exposed through a session
 * configuration in an included file that leaves SameSite out (`lib/session.php` calling
 * `session_set_cookie_params([...])`): that file is where the fix goes, and it reports every script
 * it exposes, once (csrfConfiguration.ts), when the face can list the application's PHP files.
 */
export type ScriptVerdict = { readonly surface: CsrfSurfaceFact } | ExposedThroughConfiguration;

/** A script left to the included file that configures its session: where it handles POST and changes data. */
export interface ExposedThroughConfiguration {
  readonly configuration: string;
  readonly script: string;
  readonly post: TextRange;
  readonly change: TextRange;
}

export function scriptVerdict(context: PhpAdapterContext): ScriptVerdict | undefined {
  const { file } = context;
  if (file.nodesOfType('class_declaration').length > 0) return undefined;
  if (!POSTS.test(file.text)) return includedPostSurface(context);
  const session = sessionOf(context);
  const handling = requestHandling(file.root);
  const post = handling.postReads[0];
  if (!post) return undefined;
  if (session && configuresItself(session)) {
    const check = handling.tokenChecks[0] ?? reauthenticationCovering(handling, handling.stateChanges);
    return { surface: surface(file.fileName, session.range, post, check, []) };
  }
  return scriptSurface(context, handling, post);
}

/** The script's own PHP session fact (session_start(), ini_set(), session_set_cookie_params()). */
export function sessionOf(context: PhpAdapterContext): SessionConfigFact | undefined {
  return context.facts.find((f): f is SessionConfigFact => f.kind === 'session-config' && f.library === 'php-session');
}

/**
 * A script that reads no posted data itself but includes the code that does, at the top level of
 * the included file (`include('paymenta.php')` whose code handles the payment form, or a
 * `_validate.php` reading every field before the script's INSERT), or calls an included function
 * that reads the form and changes data (a front controller's `case 'about': aboutAdmin();`): the
 * included code runs as part of the script, so the script is the request a forged form posts to.
 * Asked only of scripts with an include.
 */
function includedPostSurface(context: PhpAdapterContext): ScriptVerdict | undefined {
  const { file } = context;
  if (!INCLUDES.test(file.text) || excludedByName(file.fileName)) return undefined;
  const handling = requestHandling(file.root);
  const post = includedPostRead(file, handling.calls);
  return post ? scriptSurface(context, handling, post) : undefined;
}

/** A session configured in the script: anything but a bare session_start(), whose settings php.ini decides. */
export function configuresItself(session: SessionConfigFact): boolean {
  const sameSite = session.cookie.sameSite;
  return !(sameSite.kind === 'unknown' && sameSite.range === undefined);
}

function scriptSurface(context: PhpAdapterContext, handling: RequestHandling, post: Node): ScriptVerdict | undefined {
  const { file } = context;
  const name = words(scriptName(file.fileName));
  if (LOGOUT_NAME.test(name)) return undefined;
  // A login or logout told by what it does (lifecycleAuth ran first); a page's `?logout` link is not what the page is.
  if (handlesAuth(context)) return undefined;
  const included = includedHandling(file, handling.calls);
  // A page that shuts strangers out (`requireLogin();`) is no login or sign-up, whatever its name says (`register-car.php`).
  if (AUTH_SCRIPT.test(name) && !included.helperGuard) return undefined;
  const start = first([handling.sessionStarts[0], included.sessionStart]);
  if (!start) return undefined;
  const guarded = handling.loginGuards.length > 0 || included.guard !== undefined;
  const readsIdentity = handling.identityReads.length > 0 || included.identityCall !== undefined;
  if (!guarded && (!readsIdentity || PRE_LOGIN_SCRIPT.test(name))) return undefined;
  const change = first([...handling.stateChanges, ...included.stateChanges]);
  if (!change) return undefined;
  const defence = first([handling.tokenChecks[0], handling.originChecks[0], included.defence, reauthenticationCovering(handling, [...handling.stateChanges, ...included.stateChanges])]);
  const related: RelatedLocation[] = [{ message: 'The data is changed here.', range: rangeOf(change) }];
  if (!defence) {
    const sameSite = sameSiteOf(context, included.sameSite);
    if (sameSite === 'defended') return undefined;
    if (sameSite) related.push(sameSite);
    // The included configuration reports it when it configures the session in its top-level code and can
    // list this script among the application's files (a `sec_session_start()` helper's callers are each reported).
    const configuration = included.sameSite?.topLevel ? sameSite?.file : undefined;
    if (configuration !== undefined && file.project.phpSources?.(configuration)?.files.includes(file.fileName)) {
      return { configuration, script: file.fileName, post: rangeOf(post), change: rangeOf(change) };
    }
  }
  return { surface: { ...surface(file.fileName, rangeOf(start), post, defence, related), sameSiteJudged: true } };
}

/** Login, sign-up and logout scripts, told by name. */
function excludedByName(fileName: string): boolean {
  const name = words(scriptName(fileName));
  return AUTH_SCRIPT.test(name) || LOGOUT_NAME.test(name);
}

/** The script is a login or logout: an auth-handler fact of its own, not one of a `?logout` branch of a page. */
function handlesAuth(context: PhpAdapterContext): boolean {
  const handlers = context.facts.filter((f): f is AuthHandlerFact => f.kind === 'auth-handler');
  if (handlers.length === 0) return false;
  const logoutLinks = handlers.some((f) => f.role === 'logout') ? requestBranches(context.file.root).filter((b) => b.namesLogout).map((b) => rangeOf(b.condition)) : [];
  return handlers.some((f) => !(f.role === 'logout' && logoutLinks.some((r) => r.start === f.range.start && r.end === f.range.end)));
}

/**
 * 'defended' when the session cookie is SameSite=Lax/Strict (or depends on the environment: not
 * judged), else where it is configured without it (a related place), or undefined when nothing in
 * the project sets it (php.ini's default sends no SameSite).
 */
function sameSiteOf(context: PhpAdapterContext, included: SameSiteSetting | undefined): 'defended' | RelatedLocation | undefined {
  const value = included?.value;
  if (value?.kind === 'env' || value?.kind === 'unknown') return 'defended';
  if (value?.kind === 'known') return value.value === 'lax' || value.value === 'strict' ? 'defended' : configuredWithout(included!);
  // Not set in code (`session_set_cookie_params()` without 'samesite' keeps the ini value): the project's ini files decide.
  const ini = projectIniSameSite(context.file.project, context.file.fileName);
  if (ini && (ini.value === 'lax' || ini.value === 'strict')) return 'defended';
  return included ? configuredWithout(included) : undefined;
}

function configuredWithout(included: SameSiteSetting): RelatedLocation {
  return { message: 'The session cookie is configured here without SameSite=Lax or Strict.', range: included.range, file: included.fileName };
}

function surface(fileName: string, range: CsrfSurfaceFact['range'], post: Node, check: Node | undefined, related: readonly RelatedLocation[]): CsrfSurfaceFact {
  const base = fileName.replace(/\\/g, '/').split('/').pop();
  const route: RouteInfo = { method: 'POST', path: base, range: rangeOf(post) };
  return {
    kind: 'csrf-surface',
    library: 'php-session',
    range,
    sessionStorage: 'server',
    routes: [route],
    defence: check ? { kind: 'token-check', range: rangeOf(check) } : { kind: 'none' },
    optionName: (key) => key,
    related: [{ message: `This script handles POST requests (${base}).`, range: route.range }, ...related],
  };
}

/** The node that comes first in the script. */
function first(nodes: readonly (Node | undefined)[]): Node | undefined {
  return nodes.filter((n): n is Node => n !== undefined).sort((a, b) => a.startIndex - b.startIndex)[0];
}
