import type { Node } from 'web-tree-sitter';
import { namedChildren, stringValue, unwrapParentheses } from '../syntax';
import { argument, CALL_TYPES, calledName, callTarget, isEmptyValue, isSessionObject, sessionKeyOf } from './authSyntax';

/**
 * Keys a login writes that are not who the user is: messages, where to go next, form state and a
 * pending second factor (the session-regenerate-on-login README's exceptions). A key that says `pending`
 * anywhere is tested apart: `^(…|.*pending.*)$` backtracks quadratically on a long key.
 */
const NOT_IDENTITY_NAME = /^(_?flash.*|msg|messages?|errors?|success|alert|notice|status|info|warning|redirect.*|return_?to|return_?url|intended|url\.intended|old|_old_input|captcha.*|csrf.*|_?token|two_?factor.*|2fa.*|mfa.*|otp.*)$/i;

export function notIdentity(key: string): boolean {
  return NOT_IDENTITY_NAME.test(key) || key.toLowerCase().includes('pending');
}

/**
 * Where a login's finding goes when the branch a credential check opens starts with session writes:
 * the first of them. After the check every key written is the identity, named like one or not
 * (`if (Hash::check($password, $data->password)) { Session::put('nama', …); Session::put('email', …);`:
 * the login starts at `nama`), so the renewal belongs before them. The writes must run from the
 * branch's first statement to the identity write, each writing one session key; otherwise (a query
 * first, a loop over rows, no check in the branch's condition) the first identity write stays.
 * `credentials` are the lower-cased names of the credential calls (`check`, `password_verify`).
 */
export function firstWriteOfRun(write: Node, credentials: ReadonlySet<string>): Node {
  const statement = write.parent?.type === 'expression_statement' ? write.parent : undefined;
  const block = statement?.parent;
  if (!block || !opensOnCredential(block, credentials)) return write;
  const siblings = namedChildren(block).filter((child) => child.type !== 'comment');
  const at = siblings.findIndex((s) => s.id === statement.id);
  const before = siblings.slice(0, at).map(sessionWriteOf);
  return at > 0 && before.every((w) => w !== undefined) ? before[0]! : write;
}

/** A block that is the branch of an `if` whose condition calls a credential check. */
function opensOnCredential(block: Node, credentials: ReadonlySet<string>): boolean {
  const owner = block.parent;
  if (block.type !== 'compound_statement' || (owner?.type !== 'if_statement' && owner?.type !== 'else_if_clause')) return false;
  const condition = owner.childForFieldName('condition');
  return condition !== null && condition.descendantsOfType([...CALL_TYPES]).some((call) => call !== null && credentials.has(calledName(call) ?? ''));
}

/**
 * The write a statement makes, when it writes one session key that could name the user:
 * `$_SESSION['name'] = …`, `Session::put('nama', …)`, `session()->put(…)`, `$session->set(…)`.
 */
function sessionWriteOf(statement: Node): Node | undefined {
  if (statement.type !== 'expression_statement') return undefined;
  const expression = namedChildren(statement)[0];
  if (!expression) return undefined;
  if (expression.type === 'assignment_expression') {
    const left = expression.childForFieldName('left');
    const key = left ? sessionKeyOf(left) : undefined;
    return key !== undefined && key !== '?' && !notIdentity(key) && !isEmptyValue(expression.childForFieldName('right') ?? undefined) ? expression : undefined;
  }
  const name = calledName(expression);
  if ((name !== 'put' && name !== 'set') || !isSessionObject(callTarget(expression))) return undefined;
  const first = argument(expression, 0);
  const key = first ? stringValue(unwrapParentheses(first)) : undefined;
  return key !== undefined && !notIdentity(key) && !isEmptyValue(argument(expression, 1)) ? expression : undefined;
}
