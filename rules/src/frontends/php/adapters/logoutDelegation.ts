import type { Node } from 'web-tree-sitter';
import { unwrapParentheses } from '../syntax';
import { besideLogout, callTarget, LOGOUT_NAME, variableName, words } from './authSyntax';

/**
 * What a session store or manager does to end one: `deleteById`, `destroy`, `revokeSession`,
 * `invalidateAll`, `close` (kanboard's SessionManager::close() unsets, destroys and expires the cookie).
 */
const ENDING_METHOD = /^(delete|destroy|remove|revoke|invalidate|end|terminate|expire|kill|forget|close)/;

/**
 * Whether a call (not Laravel's guard, not the session object, not a helper of this file) hands a
 * logout to other code: a logout function declared elsewhere (`dvwaLogout()` from an included
 * file), a logout method of another object or an inherited one, or an ending method of a
 * session-named service or repository (`$this->sessionService->deleteById()`,
 * `$this->sessions->revoke()`). A logout that does this is judged by that code, which a single
 * file cannot see: unknown, so silent.
 */
export function delegatesLogout(call: Node): boolean {
  const written = call.type === 'function_call_expression' ? call.childForFieldName('function')?.text : call.childForFieldName('name')?.text;
  const method = (written ?? '').replace(/^.*\\/, '');
  // `$app->logout_actions()` is a step beside the logout (a clean-up, a hook), not the logout handed over.
  if (LOGOUT_NAME.test(words(method))) return !besideLogout(method);
  if (call.type === 'function_call_expression') return endsSessionByName(method);
  const target = callTarget(call);
  return ENDING_METHOD.test(method.toLowerCase()) && target !== undefined && /session/i.test(receiverName(target) ?? '');
}

/** PHP's own session functions: what they do is read where they are called, never handed over. */
const PHP_SESSION_FUNCTIONS = new Set([
  'session_abort', 'session_cache_expire', 'session_cache_limiter', 'session_commit', 'session_create_id', 'session_decode', 'session_destroy',
  'session_encode', 'session_gc', 'session_get_cookie_params', 'session_id', 'session_module_name', 'session_name', 'session_regenerate_id',
  'session_register_shutdown', 'session_reset', 'session_save_path', 'session_set_cookie_params', 'session_set_save_handler', 'session_start',
  'session_status', 'session_unset', 'session_write_close',
]);

/**
 * An app function named for ending the session: mantisbt's `session_clean()` (its session object's
 * destroy(), in another file), roundcube's `kill_session()`, `destroySession()`. Not PHP's own functions.
 */
function endsSessionByName(name: string): boolean {
  if (PHP_SESSION_FUNCTIONS.has(name.toLowerCase())) return false;
  const parts = words(name).split('-');
  return parts.some((part) => /^sessions?$/.test(part)) && parts.some((part) => /^(clean|clear|destroy|end|kill|close|terminate|expire|delete|remove|invalidate|wipe|purge)$/.test(part));
}

/** Receivers that keep who is logged in: `$auth`, `$this->authService`, `$guard`, `$this->userSession`. */
const AUTH_RECEIVER = /auth|session|login|guard|security|identity|user|account/i;

/**
 * `$auth->forget()`, `$this->authenticator->invalidate()`: an ending method of a service that keeps the
 * login. It is followed into the service's class (or the classes implementing its interface) when the
 * receiver's type says which; what it does there decides, and an unresolved one changes nothing.
 */
export function endsAuthState(call: Node): boolean {
  if (call.type !== 'member_call_expression') return false;
  const method = call.childForFieldName('name')?.text ?? '';
  const target = callTarget(call);
  return ENDING_METHOD.test(method.toLowerCase()) && target !== undefined && AUTH_RECEIVER.test(receiverName(target) ?? '');
}

/** What a service method that logs a user in is called: `login`, `signIn`, `authenticate…`, `checkCredentials`. */
const LOGIN_METHOD = /(^|-)(log-?in|sign-?in|authenticat\w*|credentials?)(-|$)/;

/** A method call on another object whose name says it logs in (followed into the class when it is the project's). */
export function delegatesLogin(call: Node): boolean {
  if (call.type !== 'member_call_expression') return false;
  const method = call.childForFieldName('name')?.text ?? '';
  return LOGIN_METHOD.test(words(method));
}

/** `$this->sessionService` → 'sessionService', `$sessions` → 'sessions', `SessionRepository::` → 'SessionRepository'. */
function receiverName(target: Node): string | undefined {
  const node = unwrapParentheses(target);
  if (node.type === 'member_access_expression' || node.type === 'nullsafe_member_access_expression') return node.childForFieldName('name')?.text;
  if (node.type === 'variable_name') return variableName(node);
  if (node.type === 'name' || node.type === 'qualified_name') return node.text;
  return undefined;
}
