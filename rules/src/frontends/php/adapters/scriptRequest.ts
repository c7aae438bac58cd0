import type { Node } from 'web-tree-sitter';
import { namedChildren, stringValue, unwrapParentheses } from '../syntax';
import { IDENTITY_KEY } from './authFlow';
import { calledName, CURRENT_PASSWORD_KEY, variableName } from './authSyntax';
import { isTokenCheckCall, isTokenRead, isWritten } from './tokenCheck';

/** Headers a same-origin check compares with the site's own host. */
const ORIGIN_HEADERS = new Set(['HTTP_ORIGIN', 'HTTP_REFERER']);

/**
 * SQL that changes data, read from a string literal (`INSERT INTO`, `UPDATE users SET`, `DELETE FROM`,
 * `REPLACE INTO`). The table of an UPDATE may be interpolated (`"UPDATE $table SET $set WHERE id = ?"`,
 * `"UPDATE {$this->table} SET …"`: one generic edit script for every table). Bounded repeats: the
 * pattern runs on every string of a script (ReDoS test).
 */
const CHANGING_SQL = /\b(?:insert\s{1,8}into|update\s{1,8}[`"'\w.${}>-]{1,64}\s{1,8}set|delete\s{1,8}from|replace\s{1,8}into)\b/i;

/**
 * SQL that changes data in `text`. Runs of white space are one space first: a query laid out over
 * lines (`UPDATE admin_users⏎              SET`) indents further than the pattern's bounded gaps.
 */
export function writesSql(text: string): boolean {
  return CHANGING_SQL.test(text.replace(/\s+/g, ' '));
}
const STRING_TYPES = new Set(['string', 'encapsed_string', 'heredoc', 'nowdoc']);
/** Native calls that change files or send mail on the user's behalf. */
export const CHANGING_CALLS: ReadonlySet<string> = new Set(['file_put_contents', 'fwrite', 'fputs', 'move_uploaded_file', 'unlink', 'rename', 'copy', 'mkdir', 'rmdir', 'mail']);
/**
 * Session keys that hold what a user may do (`$_SESSION['user_role']`, `user_type`, `access_level`):
 * a page that sends away visitors without one is behind a login too (pa-sklep's `menage_products.php`).
 */
const ACCESS_KEY = /^(user_?role|user_?type|user_?level|access_?level|privilege|permissions?)$/i;
/**
 * Session keys whose absence sends a visitor to another step of a flow, not to the login: a cart, a
 * wizard's step, a token or code being minted or awaited, a message.
 */
const NOT_GUARD_KEY = /cart|basket|step|csrf|xsrf|token|captcha|otp|2fa|mfa|pending|verif|reset|flash|msg|message|error|lang|locale|theme|nonce/i;
/** What a guard does when the visitor is not logged in: send them elsewhere or stop. */
const GUARD_EXITS = new Set(['header', 'die', 'exit', 'http_response_code', 'redirect']);

const FUNCTIONS = new Set(['function_definition', 'method_declaration', 'anonymous_function', 'arrow_function']);
const SCANNED = ['subscript_expression', 'function_call_expression', 'member_call_expression', 'scoped_call_expression', 'string', 'encapsed_string', 'heredoc', 'nowdoc'];

/**
 * What a PHP script (or one function of it) does with the request, for the CSRF question: the first
 * read of posted data, the calls that change state, the identity of the session it reads, and the
 * defences it applies. Nodes in source order.
 */
export interface RequestHandling {
  /** `$_POST[…]`, `isset($_POST)` or `$_SERVER['REQUEST_METHOD']` compared with 'POST'. */
  readonly postReads: Node[];
  /** SQL that writes (INSERT/UPDATE/DELETE/REPLACE), file writes, `unlink()`, `mail()`. */
  readonly stateChanges: Node[];
  /** Reads of an identity key of the session (`$_SESSION['user_id']`, `$_SESSION[id]`). */
  readonly identityReads: Node[];
  /** Identity reads in an `if` whose branch redirects or stops (`if (!isset($_SESSION['uid'])) header('Location: login.php')`). */
  readonly loginGuards: Node[];
  /** A CSRF token read or a token helper called. */
  readonly tokenChecks: Node[];
  /**
   * The current password asked again (`$_POST['current_password']`): re-authentication, a defence for
   * the changes made in the branch that asks it (a password change), not for a profile form beside it.
   */
  readonly reauthentications: Node[];
  /** `$_SERVER['HTTP_ORIGIN']` / `HTTP_REFERER` in a condition: a same-origin check. */
  readonly originChecks: Node[];
  readonly sessionStarts: Node[];
  /** Other function calls by lower-cased name: candidates for helpers of included files. */
  readonly calls: { readonly name: string; readonly node: Node }[];
}

/** The handling of `root`'s code; `within` picks which nodes count (top-level code, one function). */
export function requestHandling(root: Node, within: (node: Node) => boolean = () => true): RequestHandling {
  const handling: RequestHandling = { postReads: [], stateChanges: [], identityReads: [], loginGuards: [], tokenChecks: [], reauthentications: [], originChecks: [], sessionStarts: [], calls: [] };
  for (const node of root.descendantsOfType(SCANNED)) {
    if (!node || !within(node)) continue;
    if (node.type === 'subscript_expression') subscript(node, handling);
    else if (STRING_TYPES.has(node.type)) {
      if (writesSql(node.text)) handling.stateChanges.push(node);
    } else call(node, handling);
  }
  return handling;
}

/**
 * The re-authentication that covers every change of the script: the current password is read at the
 * top level, or in the branch (`if ($_POST['change_password']) { … }`) that holds all the changes.
 */
export function reauthenticationCovering(handling: RequestHandling, changes: readonly Node[]): Node | undefined {
  return handling.reauthentications.find((read) => {
    const branch = enclosingBranch(read);
    return !branch || changes.every((change) => branch.startIndex <= change.startIndex && change.endIndex <= branch.endIndex);
  });
}

/** The body of the innermost `if`/`elseif`/`else` branch a node runs in, or undefined at the top of its scope. */
function enclosingBranch(node: Node): Node | undefined {
  for (let current = node.parent; current && !FUNCTIONS.has(current.type); current = current.parent) {
    if (current.type === 'compound_statement' && /^(if_statement|else_if_clause|else_clause)$/.test(current.parent?.type ?? '')) return current;
  }
  return undefined;
}

/**
 * A read that only prints its value: `<?= $_SESSION['csrf_token'] ?>`, `echo …`, `print …`. A page
 * header that hands the token to its scripts or forms does not check what comes back.
 */
export function printedOnly(node: Node): boolean {
  for (let current = node.parent; current && !FUNCTIONS.has(current.type); current = current.parent) {
    if (current.type === 'echo_statement' || current.type === 'print_intrinsic') return true;
    // `<?= $x ?>`: the statement is the value alone (printed by `<?=`, or a statement that does nothing).
    if (current.type === 'expression_statement') return namedChildren(current)[0]?.id === node.id;
    if (current.type.endsWith('_statement')) return false;
  }
  return false;
}

/** The function a node runs in, or undefined at the top level of the file. */
export function enclosingFunction(node: Node): Node | undefined {
  for (let current = node.parent; current; current = current.parent) if (FUNCTIONS.has(current.type)) return current;
  return undefined;
}

function subscript(node: Node, handling: RequestHandling): void {
  const [base, index] = namedChildren(node);
  const name = variableName(base);
  const key = index ? keyOf(index) : undefined;
  if (name === '_POST') handling.postReads.push(node);
  if (comparesMethodWithPost(node)) handling.postReads.push(node.parent!);
  if (isTokenRead(node, name, key)) handling.tokenChecks.push(node);
  if ((name === '_POST' || name === '_REQUEST') && key !== undefined && CURRENT_PASSWORD_KEY.test(key)) handling.reauthentications.push(node);
  if (name === '_SERVER' && key !== undefined && ORIGIN_HEADERS.has(key) && inCondition(node)) handling.originChecks.push(node);
  if (name === '_SESSION' && key !== undefined && !isWritten(node)) {
    const identity = IDENTITY_KEY.test(key);
    if (identity) handling.identityReads.push(node);
    if ((identity || ACCESS_KEY.test(key) || (absenceTest(node) && !NOT_GUARD_KEY.test(key))) && guardsLogin(node)) handling.loginGuards.push(node);
  }
}

function call(node: Node, handling: RequestHandling): void {
  const name = calledName(node);
  if (!name) return;
  if (isTokenCheckCall(name)) handling.tokenChecks.push(node);
  if (node.type !== 'function_call_expression') return;
  if (name === 'session_start') handling.sessionStarts.push(node);
  else if (CHANGING_CALLS.has(name)) handling.stateChanges.push(node);
  else if (name === 'isset' && node.text.replace(/\s/g, '').toLowerCase() === 'isset($_post)') handling.postReads.push(node);
  handling.calls.push({ name, node });
}

/** A subscript's key: `'user_id'`, or a bare name (`$_SESSION[id]`, which PHP reads as the string 'id'). */
function keyOf(index: Node): string | undefined {
  const value = unwrapParentheses(index);
  return stringValue(value) ?? (value.type === 'name' ? value.text : undefined);
}

/** `$_SERVER['REQUEST_METHOD']` compared with 'POST' (the subscript is the node asked about). */
export function comparesMethodWithPost(subscript: Node): boolean {
  const [base, index] = namedChildren(subscript);
  if (variableName(base) !== '_SERVER' || !index || stringValue(index) !== 'REQUEST_METHOD') return false;
  const comparison = subscript.parent;
  return comparison?.type === 'binary_expression' && namedChildren(comparison).some((side) => /^post$/i.test(stringValue(side) ?? ''));
}

/** Inside the condition of an `if`/`elseif`, or a comparison (`strpos($_SERVER['HTTP_REFERER'], $host) === 0`). */
function inCondition(node: Node): boolean {
  for (let current = node.parent; current && !FUNCTIONS.has(current.type); current = current.parent) {
    if (current.type === 'binary_expression' && /^(===?|!==?|<>)$/.test(current.childForFieldName('operator')?.text ?? '')) return true;
    const owner = current.parent;
    if ((owner?.type === 'if_statement' || owner?.type === 'else_if_clause') && owner.childForFieldName('condition')?.id === current.id) return true;
    if (current.type.endsWith('_statement')) return false;
  }
  return false;
}

/**
 * The read asks whether the session lacks the key: `!isset($_SESSION['k'])`, `empty($_SESSION['k'])`.
 * A page that sends away visitors without the key is gated on it, whatever the key is called
 * (`if (!isset($_SESSION['admin_success_id'])) header('location:../404.php');`): the login wrote it.
 */
function absenceTest(node: Node): boolean {
  const call = node.parent?.type === 'argument' ? node.parent.parent?.parent : node.parent;
  const name = call?.type === 'function_call_expression' ? calledName(call) : undefined;
  if (name === 'empty') return true;
  if (name !== 'isset' || !call) return false;
  let test: Node = call;
  while (test.parent?.type === 'parenthesized_expression') test = test.parent;
  return test.parent?.type === 'unary_op_expression' && test.parent.text.trimStart().startsWith('!');
}

/** An identity read in an `if` condition whose statement redirects or stops somewhere (a branch or the else). */
function guardsLogin(node: Node): boolean {
  let statement: Node | undefined;
  for (let current = node.parent; current; current = current.parent) {
    const owner = current.parent;
    if (owner?.type === 'if_statement' && owner.childForFieldName('condition')?.id === current.id) {
      statement = owner;
      break;
    }
    if (current.type.endsWith('_statement') || FUNCTIONS.has(current.type)) return false;
  }
  return statement !== undefined && exitsOrRedirects(statement);
}

/** An `if` statement that stops the request or sends the visitor elsewhere in some branch. */
export function exitsOrRedirects(statement: Node): boolean {
  if (statement.descendantsOfType('exit_statement').some((n) => n !== null)) return true;
  return statement.descendantsOfType('function_call_expression').some((c) => c !== null && GUARD_EXITS.has(calledName(c) ?? ''));
}
