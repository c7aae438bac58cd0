import type { Node } from 'web-tree-sitter';
import { unwrapParentheses } from '../syntax';
import { calledName, variableName } from './authSyntax';

/** Names of a CSRF token helper (`verify_csrf()`, `checkCsrfToken()`, `Csrf::check()`). */
const TOKEN_NAME = /csrf|xsrf/i;
/** A token helper named for checking what comes back (`verify_csrf()`, `csrf_check()`, `requireCsrf()`). */
const CHECKING_NAME = /verif|check|valid|compare|match|require|protect|guard|assert|ensure|enforce|confirm/i;
/**
 * A token helper named for making or handing out the token (`generate_csrf_token()`, `csrf_field()`,
 * `getCsrfToken()`, `csrf_token()`): a page that calls one prints a token into its form and checks nothing.
 */
const MINTING_NAME = /generat|create|new|make|get|field|input|meta|html|render|print|echo|insert|set|store|regen|refresh|issue|mint|token$/i;
/** Keys of a CSRF token in the request or the session (`$_POST['csrf_token']`, `$_SESSION['_token']`, the X-CSRF-Token header). */
const TOKEN_KEY = /^(_?token|csrf.*|xsrf.*|_csrf|form_token|HTTP_X_CSRF_TOKEN|HTTP_X_XSRF_TOKEN)$/i;
/** Where the request carries a token: a token read from one of them is the token sent back. */
const REQUEST_SIDE = new Set(['_POST', '_SERVER', '_REQUEST']);
const FUNCTIONS = new Set(['function_definition', 'method_declaration', 'anonymous_function', 'arrow_function']);
const EQUALITY = /^(===?|!==?|<>)$/;

/**
 * A CSRF defence is a comparison of what the request sends back with what the session holds. The
 * request's token read (`$_POST['csrf_token']`, the X-CSRF-Token header) is taken for one: a script
 * reads it to compare it. The session's side counts only where it is compared (`hash_equals()`,
 * `!==`), directly or through a variable assigned from it: a session file that mints the token
 * (`if (empty($_SESSION['csrf'])) $_SESSION['csrf'] = bin2hex(random_bytes(32));`) or a header that
 * prints it checks nothing, and the endpoints that include it stay open (LTW_Project's vote API).
 */
export function isTokenRead(node: Node, superglobal: string | undefined, key: string | undefined): boolean {
  if (!superglobal || key === undefined || !TOKEN_KEY.test(key)) return false;
  if (REQUEST_SIDE.has(superglobal)) return true;
  if (superglobal !== '_SESSION' || isWritten(node)) return false;
  if (isCompared(node)) return true;
  const variable = assignedVariable(node);
  return variable !== undefined && comparedVariable(node, variable);
}

/** A call of a token helper that checks the token, not one that makes or prints it. */
export function isTokenCheckCall(name: string): boolean {
  return TOKEN_NAME.test(name) && (CHECKING_NAME.test(name) || !MINTING_NAME.test(name));
}

/** `$_SESSION['user'] = …` writes the key; `unset($_SESSION['user'])` clears it. */
export function isWritten(node: Node): boolean {
  const parent = node.parent;
  if (parent?.type === 'assignment_expression' && parent.childForFieldName('left')?.id === node.id) return true;
  return parent?.type === 'unset_statement';
}

/**
 * A read compared with something (`$_POST['token'] === $_SESSION['token']`, `hash_equals()`); an
 * `isset($_SESSION['token'])` guard only asks whether someone logged in.
 */
export function isCompared(node: Node): boolean {
  for (let current = node.parent; current && !current.type.endsWith('_statement') && !FUNCTIONS.has(current.type); current = current.parent) {
    if (current.type === 'binary_expression' && EQUALITY.test(current.childForFieldName('operator')?.text ?? '')) return true;
  }
  const call = node.parent?.type === 'argument' ? node.parent.parent?.parent : undefined;
  return call?.type === 'function_call_expression' && calledName(call) === 'hash_equals';
}

/** `$expected = $_SESSION['csrf_token'] ?? '';` → 'expected': the variable the read is kept in. */
function assignedVariable(node: Node): string | undefined {
  // The read with a default (`?? ''`) is still the read.
  const withDefault = node.parent?.type === 'binary_expression' && node.parent.childForFieldName('operator')?.text === '??';
  const value = withDefault ? node.parent! : node;
  const assignment = value.parent;
  if (assignment?.type !== 'assignment_expression' || assignment.childForFieldName('right')?.id !== value.id) return undefined;
  const left = assignment.childForFieldName('left');
  return left ? variableName(unwrapParentheses(left)) : undefined;
}

/** The variable is compared somewhere in the function (or script) the read is in. */
function comparedVariable(node: Node, variable: string): boolean {
  let scope: Node = node;
  while (scope.parent && !FUNCTIONS.has(scope.type)) scope = scope.parent;
  return scope.descendantsOfType('variable_name').some((use) => use !== null && use.startIndex > node.startIndex && variableName(use) === variable && isCompared(use));
}

