import type { Node } from 'web-tree-sitter';
import type { PhpFile } from '../fileContext';
import { callArguments, globalFunctionName, namedChildren, stringValue, unwrapParentheses } from '../syntax';
import { calledName, callTarget, isSessionObject, variableName } from './authSyntax';

/** PHP's default session cookie name: reading it is reading the session's own cookie too. */
const DEFAULT_SESSION_NAME = 'PHPSESSID';

/**
 * True for a read of the session's own cookie: `$_COOKIE[session_name()]`,
 * `$request->cookies->get($session->getName())` (Laravel's StartSession, Symfony's session
 * listener), `$request->cookie($this->session->getName())`, `$_COOKIE['PHPSESSID']`, and the same
 * through a variable assigned once (`$name = $this->session->getName(); … $_COOKIE[$name]`, a session
 * moved from its old cookie name to a new one, as FOSSBilling does). Handing that
 * value to session_id() / setId() is what the session library does by itself on every request: the
 * client chose nothing the library would not have taken anyway, so it is not session fixation.
 */
export function readsOwnSessionCookie(node: Node, file?: PhpFile): boolean {
  const target = unwrapParentheses(node);
  if (target.type === 'subscript_expression') {
    const [base, index] = namedChildren(target);
    return variableName(base) === '_COOKIE' && index !== undefined && namesSessionCookie(index, file);
  }
  if (target.type !== 'member_call_expression' && target.type !== 'nullsafe_member_call_expression') return false;
  const method = calledName(target);
  if (method !== 'get' && method !== 'cookie') return false;
  // `$request->cookies->get(…)` or `$request->cookie(…)`.
  const object = callTarget(target);
  const fromCookies = method === 'cookie' || (object?.type === 'member_access_expression' && object.childForFieldName('name')?.text === 'cookies');
  const key = callArguments(target).positional[0];
  return fromCookies && key !== undefined && namesSessionCookie(key, file);
}

/**
 * `session_name()`, `$session->getName()`, `'PHPSESSID'`: the name of the session's own cookie,
 * directly or through a variable of the same function assigned once (never followed further).
 */
function namesSessionCookie(node: Node, file: PhpFile | undefined, followed = false): boolean {
  const target = unwrapParentheses(node);
  if (target.type === 'variable_name' && file && !followed) {
    const name = variableName(target);
    const writes = name ? file.writesTo(file.scopeOf(target), name) : [];
    return writes.length === 1 && writes[0]!.kind === 'assign' && namesSessionCookie(writes[0]!.value, file, true);
  }
  if (target.type === 'function_call_expression') return globalFunctionName(target) === 'session_name' && callArguments(target).argumentNodes.length === 0;
  if (target.type === 'member_call_expression' || target.type === 'nullsafe_member_call_expression') return calledName(target) === 'getname' && isSessionObject(callTarget(target));
  return stringValue(target) === DEFAULT_SESSION_NAME;
}
