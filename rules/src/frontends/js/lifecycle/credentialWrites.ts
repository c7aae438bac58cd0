import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { dottedPath, memberName, staticKey, unwrap, type Node } from '../ast';
import type { FileContext } from '../fileContext';
import { lookup } from '../scope';
import { words } from './names';

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
export function isCredentialComparison(node: TSESTree.BinaryExpression, isRequest: (node: Node) => boolean, file: FileContext): boolean {
  if (!['===', '!==', '==', '!='].includes(node.operator) || node.left.type === 'PrivateIdentifier') return false;
  const left = unwrap(node.left);
  const right = unwrap(node.right);
  if (againstConfigured(left, right, isRequest, file) || againstConfigured(right, left, isRequest, file)) return true;
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

/** A value the client submits as its password: `password`, `pass`, `req.body.password`, `body.pwd`. */
const SUBMITTED_PASSWORD = /^(password|passwd|pwd|pass|passphrase|passcode|plain-?password)$/;
/** The app's own password, by the last words of its name: `ADMIN_PASSWORD`, `realPassword`, `adminPass`, `config.admin.password`. */
const CONFIGURED_PASSWORD = /(^|-)(password|passwd|pwd|pass|passphrase|passcode)$/;
/** A second field of a form, typed again to confirm the first (a sign-up's or a password change's check, not a login's). */
const REPEATED_FIELD = /(^|-)(confirm|confirmation|repeat|repeated|retype|again|verify|new|old|current)(-|$)|\d$/;

/**
 * `password !== process.env.ADMIN_PASSWORD`, `pass === ADMIN_PASS` (`const ADMIN_PASS = process.env.ADMIN_PASS ||
 * '1234'`), `password === realPassword`, `req.body.password === config.admin.password`: the submitted password
 * compared with one the app is configured with (an environment variable, or a value named as a password that
 * is not another field of the same form). An admin login with credentials from the environment.
 */
function againstConfigured(submitted: Node, other: Node, isRequest: (node: Node) => boolean, file: FileContext): boolean {
  const name = nameOf(submitted);
  if (name === undefined || !SUBMITTED_PASSWORD.test(words(name))) return false;
  // `req.body.password == 'p1'`: a password written into the code (an empty string is a presence test).
  if (other.type === 'Literal') return typeof other.value === 'string' && other.value !== '' && submitted.type === 'MemberExpression' && readsRequest(submitted, isRequest);
  if (other.type === 'Identifier' && other.name === 'undefined') return false;
  if (readsEnvironment(other, file)) return true;
  const otherName = nameOf(other);
  if (otherName === undefined || !CONFIGURED_PASSWORD.test(words(otherName)) || REPEATED_FIELD.test(words(otherName))) return false;
  if (other.type === 'MemberExpression') return !readsRequest(other, isRequest) && !(submitted.type === 'MemberExpression' && sameObject(other, submitted));
  if (other.type !== 'Identifier') return false;
  // A name bound to a field of the request (`const { password, password2 } = req.body`) is the form's, not the app's.
  const binding = lookup(file, other.name, other);
  return !(binding?.kind === 'variable' && binding.init !== null && readsInput(unwrap(binding.init), isRequest));
}

function nameOf(node: Node): string | undefined {
  return node.type === 'Identifier' ? node.name : node.type === 'MemberExpression' ? memberName(node) : undefined;
}

/** `process.env.ADMIN_PASSWORD`, or a constant bound to one (`const ADMIN_PASS = process.env.ADMIN_PASS || '1234'`). */
function readsEnvironment(node: Node, file: FileContext, depth = 0): boolean {
  const target = unwrap(node);
  if (target.type === 'MemberExpression') return dottedPath(target)?.slice(0, 2).join('.') === 'process.env';
  if (target.type === 'LogicalExpression') return readsEnvironment(target.left, file, depth);
  if (target.type !== 'Identifier' || depth > 2) return false;
  const binding = lookup(file, target.name, target);
  return binding?.kind === 'variable' && binding.path.length === 0 && binding.init !== null && readsEnvironment(binding.init, file, depth + 1);
}

/** `req.body`, `req.body.user`, `body` (a value the request carries). */
function readsInput(node: Node, isRequest: (node: Node) => boolean): boolean {
  if (isRequest(node)) return true;
  if (node.type === 'Identifier') return /^(body|dto|input|args|params|form|data)$/i.test(node.name);
  return node.type === 'MemberExpression' && readsRequest(node, isRequest);
}

/** Calls named for checking who the user is: `User.authenticate`, `User.findByCredentials`, `authService.login`, `signInWithPassword`. */
const LOGIN_CALL = /(^|-)(authenticate|log-?in|sign-?in|find-by-credentials|check-credentials|verify-credentials|verify-login)(-|$)/;
const PASSWORD_ARGUMENT = /^(password|passwd|pwd|pass|plain-?password)$/;

/**
 * `User.authenticate(req.body.email, req.body.password, cb)`, `await User.findByCredentials(email, password)`,
 * `userService.login(username, password)`: the submitted password handed to a call named as a login, whose code
 * (a model's static, a service of another module) checks it out of sight. The name of the call, as evidence.
 * passport's `passport.authenticate('local')` takes no password and is judged as passport.
 */
export function handsPasswordToLogin(call: TSESTree.CallExpression): string | undefined {
  const path = dottedPath(call.callee);
  const name = path?.[path.length - 1];
  if (!name || path[0] === 'passport' || !LOGIN_CALL.test(words(name))) return undefined;
  return call.arguments.some(passesPassword) ? path.join('.') : undefined;
}

/** `password`, `req.body.password`, `{ email, password }`. */
function passesPassword(argument: TSESTree.CallExpressionArgument): boolean {
  const target = unwrap(argument);
  if (target.type === 'Identifier') return PASSWORD_ARGUMENT.test(words(target.name));
  if (target.type === 'MemberExpression') return PASSWORD_ARGUMENT.test(words(memberName(target) ?? ''));
  return target.type === 'ObjectExpression' && target.properties.some((p) => p.type === 'Property' && PASSWORD_ARGUMENT.test(words(staticKey(p.key, p.computed) ?? '')));
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
