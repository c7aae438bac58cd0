import type { Node } from 'web-tree-sitter';
import { callArguments, globalFunctionName, namedChildren, stringValue, unwrapParentheses } from '../syntax';

/**
 * Naming of the calls the session lifecycle adapters look for: native functions
 * (`session_regenerate_id`), Laravel's facades and helpers (`Auth::attempt`, `session()->put`,
 * `$request->session()->regenerate()`) and Symfony's session object (`$session->migrate(true)`).
 */

export const CALL_TYPES: ReadonlySet<string> = new Set(['function_call_expression', 'member_call_expression', 'nullsafe_member_call_expression', 'scoped_call_expression']);

export function isCall(node: Node): boolean {
  return CALL_TYPES.has(node.type);
}

/** The method or function name of a call, lower-cased: `regenerate`, `session_start`, `attempt`. */
export function calledName(call: Node): string | undefined {
  if (call.type === 'function_call_expression') return globalFunctionName(call);
  return call.childForFieldName('name')?.text.toLowerCase();
}

/** The object or class a method is called on (`$request->session()` in `$request->session()->put()`, `Auth` in `Auth::attempt()`). */
export function callTarget(call: Node): Node | undefined {
  return call.childForFieldName(call.type === 'scoped_call_expression' ? 'scope' : 'object') ?? undefined;
}

/** `$name` → 'name'. */
export function variableName(node: Node | undefined | null): string | undefined {
  if (!node) return undefined;
  const target = unwrapParentheses(node);
  return target.type === 'variable_name' ? namedChildren(target)[0]?.text : undefined;
}

/** The last part of a class name as written: `\Illuminate\Support\Facades\Auth` → 'auth'. */
export function className(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'name') return node.text.toLowerCase();
  if (node.type === 'qualified_name') return namedChildren(node).pop()?.text.toLowerCase();
  return undefined;
}

/**
 * True for an expression that is the session store: Laravel's `session()`, `$request->session()`,
 * `request()->session()`, `Session::` (as a facade scope), Symfony's `$request->getSession()` and `$this->get('session')`,
 * or a variable `$session` / `$this->session`.
 */
export function isSessionObject(node: Node | undefined): boolean {
  if (!node) return false;
  const target = unwrapParentheses(node);
  if (target.type === 'function_call_expression') return globalFunctionName(target) === 'session' && callArguments(target).argumentNodes.length === 0;
  if (target.type === 'member_call_expression' || target.type === 'nullsafe_member_call_expression') {
    const name = calledName(target);
    // Symfony ≤ 5 controllers fetch it from the container: `$this->get('session')`, `$this->container->get('session')`.
    if (name === 'get') return stringValue(unwrapParentheses(callArguments(target).positional[0] ?? target)) === 'session';
    return name === 'session' || name === 'getsession';
  }
  if (target.type === 'name' || target.type === 'qualified_name') return className(target) === 'session';
  if (target.type === 'variable_name') return /^session$/i.test(variableName(target) ?? '');
  if (target.type === 'member_access_expression') return /^session$/i.test(target.childForFieldName('name')?.text ?? '');
  return false;
}

/** True for Laravel's authentication guard: `Auth::…`, `auth()->…`, `Auth::guard('web')->…`, `$this->guard()->…`. */
export function isAuthGuard(node: Node | undefined): boolean {
  if (!node) return false;
  const target = unwrapParentheses(node);
  if (target.type === 'name' || target.type === 'qualified_name') return className(target) === 'auth';
  if (target.type === 'function_call_expression') return globalFunctionName(target) === 'auth';
  if (target.type === 'scoped_call_expression') return className(callTarget(target)) === 'auth' && calledName(target) === 'guard';
  if (target.type === 'member_call_expression') return calledName(target) === 'guard';
  return false;
}

/** `$_SESSION` (not a subscript of it). */
export function isSessionSuperglobal(node: Node | undefined): boolean {
  return node !== undefined && unwrapParentheses(node).type === 'variable_name' && variableName(node) === '_SESSION';
}

/**
 * Posted keys of the user's current password (`$_POST['current_password']`, `old_pass`): a form that
 * asks for it again re-authenticates the user, which OWASP's CSRF cheat sheet lists as a defence (a
 * forged request cannot supply the password), e.g. a password change or an account deletion.
 */
export const CURRENT_PASSWORD_KEY = /^(current|old|existing|actual)_?(password|passwd|pass|pwd)\d?$/i;
/** `$_SESSION['user']['id']` → 'user': the first key below `$_SESSION`; undefined for other expressions. */
export function sessionKeyOf(node: Node): string | undefined {
  let current = unwrapParentheses(node);
  while (current.type === 'subscript_expression') {
    const [base, index] = namedChildren(current);
    if (!base) return undefined;
    if (isSessionSuperglobal(base)) return index ? stringValue(index) ?? '?' : '?';
    current = unwrapParentheses(base);
  }
  return undefined;
}

/** The expression of the `index`th positional argument, or of a named one. */
export function argument(call: Node, index: number, name?: string): Node | undefined {
  const args = callArguments(call);
  return args.positional[index] ?? (name ? args.named.get(name.toLowerCase()) : undefined);
}

/** `null`, `false`, `''`: a value that clears a session key. */
export function isEmptyValue(node: Node | undefined): boolean {
  if (!node) return false;
  const target = unwrapParentheses(node);
  if (target.type === 'null') return true;
  if (target.type === 'boolean') return target.text.toLowerCase() === 'false';
  if (target.type === 'name') return /^(null|false)$/i.test(target.text);
  return stringValue(target) === '';
}

/**
 * A logout by name, over {@link words}: `logout`, `sign_out`, `handleLogOff`, `dvwaLogout`, and the
 * names PHP apps give it in other languages: French `deconnexion` (and the common `deconnection`),
 * German `abmelden` / `ausloggen`, Spanish `cerrar-sesion`, Portuguese `sair`, Italian `esci`, Dutch `uitloggen`.
 * French split in two (`deConnexion()` → `de-connexion`) counts only at the start of the name: after
 * another word it is "of connection" (`/comptes/journal-de-connexion/`, a login history; `page-de-connexion`, the login page).
 */
export const LOGOUT_NAME = /(^|-)(log-?out|sign-?out|log-?off|d[eé]connex(ion)?|d[eé]connection|d[eé]connecter|disconnect|abmelden|ausloggen|cerrar-?sesi[oó]n|sair|esci|uitloggen)(-|$)|^-?d[eé]-(connex(ion)?|connection|connecter)(-|$)/;

/**
 * Words that put a unit beside the logout rather than make it the logout: a hook, a clean-up step, a link,
 * and a question or a flag about it (mantisbt's `auth_http_is_logout_pending()` reading a cookie,
 * `auth_http_set_logout_pending()` writing it; `has_logout_permission()`), and a thing it needs
 * (phpMyFAQ's `resolveLogoutIdToken()`, the id token the identity provider wants back).
 */
const BESIDE_LOGOUT = /(^|-)(after|before|pre|post|on|actions?|hooks?|cleanup|clean-up|url|uri|link|redirect|button|form|message|notice|event|listener|callback|is|has|can|should|was|pending|flag|needed|required|allowed|enabled|permission|token|tokens|id|resolve)(-|$)/;

/**
 * A function or method named for something done around the logout (`logout_actions()` purging the
 * trash, a `logout_after` hook, `logoutUrl()`), as its name says: when it touches no session it is
 * not the logout, which ends the session elsewhere (roundcube's index.php calls kill_session()).
 */
export function besideLogout(name: string): boolean {
  return BESIDE_LOGOUT.test(words(name).replace(LOGOUT_NAME, '-'));
}

/** `handleLogin`, `do_login`, `sign-in.php` → `handle-login`, `do-login`, `sign-in`. */
export function words(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[_\s./]+/g, '-').toLowerCase();
}
