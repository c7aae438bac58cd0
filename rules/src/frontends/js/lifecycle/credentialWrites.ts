import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { memberName, unwrap, type Node } from '../ast';

/** A stored password or its hash, as a record holds it (`user.password`, `account.passwordHash`). */
const STORED_PASSWORD = /^(password|passwd|pwd|pass|password_?hash|hashed_?password|hash)$/i;

/**
 * Session keys that hold no identity even when written right after a password check: messages for
 * the next page, where to go back to, the form's own state, preferences.
 */
const NOT_IDENTITY = /^(flash|messages?|notice|alert|errors?|success|info|warning|returnTo|return_?url|redirect\w*|back\w*|csrf\w*|_csrf|views|cart|lang|language|locale|theme|captcha\w*|old\w*|form\w*|attempts?|login_?attempts?|tries|failed\w*|last\w*|cookie|nonce|state|code_?verifier)$/i;

/** A step before the login completes (`twoFactorPendingUserId`, `mfaChallenge`): the second factor's own handler logs in. */
const PRE_LOGIN = /pending|two_?factor|2fa|mfa|otp|challenge|verif/i;

/**
 * `md5(salt + password) !== account.password`, `req.body.password === user.password`: a password
 * compared by hand with the stored one. One side is a record's stored password, the other is no
 * literal and not the same object's field (`body.password !== body.confirmPassword` compares two
 * fields of one form: a sign-up's check, not a credential).
 */
export function isCredentialComparison(node: TSESTree.BinaryExpression, isRequest: (node: Node) => boolean): boolean {
  if (!['===', '!==', '==', '!='].includes(node.operator) || node.left.type === 'PrivateIdentifier') return false;
  const left = unwrap(node.left);
  const right = unwrap(node.right);
  // The stored password is read from a record, never from the request itself.
  const isStored = (side: Node): side is TSESTree.MemberExpression => side.type === 'MemberExpression' && storedPassword(side) && !readsRequest(side, isRequest);
  const stored = isStored(left) ? left : isStored(right) ? right : undefined;
  if (!stored) return false;
  const other = stored === left ? right : left;
  if (other.type === 'Literal' || (other.type === 'Identifier' && other.name === 'undefined')) return false;
  return !(other.type === 'MemberExpression' && sameObject(other, stored));
}

/** Words that make a key a place to go after the login (`postLoginRedirect`, `return_to`, `intendedUrl`, `referer`). */
const REDIRECT_WORDS = new Set(['redirect', 'redirects', 'redir', 'return', 'returnto', 'referer', 'referrer', 'intended', 'destination', 'continue']);
/** Last words of a key that holds a location (`afterLoginPath`, `nextUrl`, `redirect_uri`, `goTo`). */
const LOCATION_WORDS = new Set(['url', 'uri', 'path', 'href', 'location', 'next', 'to', 'page']);

/**
 * A key that holds where to send the user (a path or URL), not who they are: `postLoginRedirect`,
 * `returnToUrl`, `redirect_uri`, `afterLoginPath`, `nextUrl`. A login helper stores one before or after
 * the credential check; it is no identity write.
 */
export function namesRedirectTarget(key: string): boolean {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const last = words[words.length - 1];
  return words.some((word) => REDIRECT_WORDS.has(word)) || (last !== undefined && LOCATION_WORDS.has(last));
}

/** A session key written after a credential check that names the logged-in state, whatever it is called. */
export function isIdentityAfterCredential(key: string): boolean {
  return !NOT_IDENTITY.test(key) && !PRE_LOGIN.test(key) && !namesRedirectTarget(key);
}

function storedPassword(node: Node): boolean {
  return node.type === 'MemberExpression' && STORED_PASSWORD.test(memberName(node) ?? '');
}

/** `req.body.password`, `body.password` where body comes off the request: a value the client sent. */
function readsRequest(member: TSESTree.MemberExpression, isRequest: (node: Node) => boolean): boolean {
  let current: Node = unwrap(member.object);
  while (current.type === 'MemberExpression') {
    if (isRequest(current.object)) return true;
    current = unwrap(current.object);
  }
  return isRequest(current) || (current.type === 'Identifier' && /^(body|dto|input|args|params|form|data)$/i.test(current.name));
}

function sameObject(a: TSESTree.MemberExpression, b: TSESTree.MemberExpression): boolean {
  const left = unwrap(a.object);
  const right = unwrap(b.object);
  return left.type === 'Identifier' && right.type === 'Identifier' && left.name === right.name;
}
