import type { Node } from 'web-tree-sitter';
import { namedChildren, unwrapParentheses } from '../syntax';
import { calledName, LOGOUT_NAME, words } from './authSyntax';

/** Statements that do nothing here: comments, `<?php`, `exit;`, inline HTML around a script. */
const SKIPPED = new Set(['comment', 'php_tag', 'text_interpolation', 'text', 'exit_statement']);
const CALLS = new Set(['function_call_expression', 'member_call_expression', 'nullsafe_member_call_expression', 'scoped_call_expression']);
/** `redirect()`, `$this->redirect()`, `redirectToRoute()`, `withRedirect()`, `->route()` of Laravel's redirector. */
const REDIRECT_CALL = /^(redirect\w*|with_?redirect|to_?route)$/i;

/**
 * A unit whose statements only send the browser to the app's logout: `return $this->redirect($response,
 * '/admin/logout');` (Shaarli's legacy `?do=logout`), `return redirect()->route('logout');`,
 * `return $this->redirectToRoute('app_logout');`, `header('Location: logout.php'); exit;`. The logout is
 * the route it sends to, judged where that is handled; this unit ends no session and is not one.
 */
export function onlyRedirectsToLogout(body: Node): boolean {
  let toLogout = false;
  for (const statement of namedChildren(body)) {
    if (SKIPPED.has(statement.type)) continue;
    const expression = statement.type === 'return_statement' || statement.type === 'expression_statement' ? namedChildren(statement)[0] : undefined;
    if (!expression) return false;
    const target = unwrapParentheses(expression);
    if (target.type === 'exit') continue;
    if (!isRedirect(target)) return false;
    toLogout ||= namesLogout(target);
  }
  return toLogout;
}

/** A redirect: a redirect call (or one chained on it), `new RedirectResponse(…)`, `header('Location: …')`. */
function isRedirect(node: Node): boolean {
  if (node.type === 'object_creation_expression') return /RedirectResponse$/.test(namedChildren(node)[0]?.text ?? '');
  if (!CALLS.has(node.type)) return false;
  const name = calledName(node) ?? '';
  if (REDIRECT_CALL.test(name)) return true;
  if (name.toLowerCase() === 'header') return /^['"]\s*location\s*:/i.test(node.childForFieldName('arguments')?.namedChildren[0]?.text ?? '');
  // `redirect()->route('logout')`, `$response->withStatus(302)->withHeader('Location', …)`: a call on a redirect.
  const object = node.childForFieldName('object');
  if (name.toLowerCase() === 'withheader') return /^['"]location['"]/i.test(node.childForFieldName('arguments')?.namedChildren[0]?.text ?? '');
  return object !== null && isRedirect(unwrapParentheses(object));
}

/** A string inside the redirect whose words name a logout (`'/admin/logout'`, `'app_logout'`, `logout.php`). */
function namesLogout(node: Node): boolean {
  if (node.type === 'string' || node.type === 'encapsed_string') return LOGOUT_NAME.test(words(node.text.replace(/[^A-Za-z0-9]+/g, '-')));
  return namedChildren(node).some(namesLogout);
}
