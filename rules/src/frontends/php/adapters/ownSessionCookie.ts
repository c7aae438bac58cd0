import type { Node } from 'web-tree-sitter';
import { callArguments, globalFunctionName, namedChildren, stringValue, unwrapParentheses } from '../syntax';
import { calledName, callTarget, isSessionObject, variableName } from './authSyntax';

/** PHP's default session cookie name: reading it is reading the session's own cookie too. */
const DEFAULT_SESSION_NAME = 'PHPSESSID';

/**
 * True for a read of the session's own cookie: `$_COOKIE[session_name()]`,
 * `$request->cookies->get($session->getName())` (Laravel's StartSession, Symfony's session
 * listener), `$request->cookie($this->session->getName())`, `$_COOKIE['PHPSESSID']`. Handing that
 * value to session_id() / setId() is what the session library does by itself on every request: the
 * client chose nothing the library would not have taken anyway, so it is not session fixation.
 */
export function readsOwnSessionCookie(node: Node): boolean {
  const target = unwrapParentheses(node);
  if (target.type === 'subscript_expression') {
    const [base, index] = namedChildren(target);
    return variableName(base) === '_COOKIE' && index !== undefined && namesSessionCookie(index);
  }
  if (target.type !== 'member_call_expression' && target.type !== 'nullsafe_member_call_expression') return false;
  const method = calledName(target);
  if (method !== 'get' && method !== 'cookie') return false;
  // `$request->cookies->get(…)` or `$request->cookie(…)`.
  const object = callTarget(target);
  const fromCookies = method === 'cookie' || (object?.type === 'member_access_expression' && object.childForFieldName('name')?.text === 'cookies');
  const key = callArguments(target).positional[0];
  return fromCookies && key !== undefined && namesSessionCookie(key);
}

/** `session_name()`, `$session->getName()`, `'PHPSESSID'`: the name of the session's own cookie. */
function namesSessionCookie(node: Node): boolean {
  const target = unwrapParentheses(node);
  if (target.type === 'function_call_expression') return globalFunctionName(target) === 'session_name' && callArguments(target).argumentNodes.length === 0;
  if (target.type === 'member_call_expression' || target.type === 'nullsafe_member_call_expression') return calledName(target) === 'getname' && isSessionObject(callTarget(target));
  return stringValue(target) === DEFAULT_SESSION_NAME;
}
