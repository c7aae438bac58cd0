import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { childrenOf, dottedPath, memberName, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { appModelFor } from '../assembly/appModel';
import { words } from './names';

/** A limiter or lockout by what it is called: `restLoginThrottle.check()`, `bruteforce.prevent`. */
const LIMITER_NAME = /rate-?limit|limiter|throttle|brute|slow-?down/i;

/**
 * Names of account-lockout counters, split into words: `logAttempt`, `recordFailedLogin`,
 * `incrementLoginAttempts`, `setInvalidLoginAttempt`, `checkLockout`, `isLockedOut`, `lockAccount`,
 * and the refusal that follows them, `checkCoolDown` (a per-account wait after too many failures).
 */
const LOCKOUT_WORDS = /(^|-)(lockout|lock-out|locked-out|lock-account|cool-?down)(-|$)|(^|-)(log|record|track|count|increment|add|register|set|save|store|bump)-((failed|invalid|wrong|bad)-)?(login-)?(attempts?|failures?)(-|$)|(^|-)(failed|invalid|login)-(attempts?|logins?)(-|$)/;
/** Calls that increment a stored counter: `db.increment(key)`, `redis.incr(key)`, `hincrby`. */
const INCREMENT_CALL = /^(incr|increment|incrby|hincrby|incrementby|inc)$/i;

/**
 * A login handler that counts or checks failed attempts itself: a call of a throttle or lockout
 * by name (`await restLoginThrottle.check(key, now)`, `await user.auth.logAttempt(uid, ip)`). An
 * account lockout limits password guessing as a rate limiter does.
 */
export function handlerCountsAttempts(body: Node): boolean {
  const stack: Node[] = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'CallExpression') {
      const path = dottedPath(node.callee);
      const last = path?.[path.length - 1];
      if (path && (LIMITER_NAME.test(path.join('.')) || (last !== undefined && LOCKOUT_WORDS.test(words(last))))) return true;
    }
    stack.push(...childrenOf(node));
  }
  return false;
}

/**
 * Whether the application defines an account-lockout counter: a function named like one
 * (`User.auth.logAttempt = async function (uid, ip) { … }`, `function recordFailedLogin()`) whose
 * body increments a counter (`db.increment(key)`, `attempts++`, `count += 1`). Then a login route
 * may well be guarded by it out of sight (NodeBB checks the lockout three calls down, in the
 * password check its passport strategy runs): unknown, not "no limit".
 */
export function appDefinesLockout(context: AdapterContext): boolean {
  return appModelFor(context).someFile('account-lockout-counter', /lock-?out|attempt/i, definesLockoutCounter, context.file.budget);
}

function definesLockoutCounter(context: AdapterContext): boolean {
  const stack: Node[] = [context.file.program];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const named = namedFunction(node);
    if (named && LOCKOUT_WORDS.test(words(named.name)) && incrementsCounter(named.body)) return true;
    stack.push(...childrenOf(node));
  }
  return false;
}

/** `function name() {}`, `x.name = function () {}`, `name = () => {}`, `{ name() {} }`, class methods. */
function namedFunction(node: Node): { name: string; body: Node } | undefined {
  if (node.type === 'FunctionDeclaration' && node.id) return { name: node.id.name, body: node.body };
  if (node.type === 'AssignmentExpression' && isFunctionNode(node.right)) {
    const path = dottedPath(node.left);
    return path ? { name: path[path.length - 1]!, body: node.right.body } : undefined;
  }
  if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init && isFunctionNode(node.init)) return { name: node.id.name, body: node.init.body };
  if ((node.type === 'MethodDefinition' || node.type === 'Property') && isFunctionNode(node.value)) {
    const name = node.key.type === 'Identifier' ? node.key.name : undefined;
    return name ? { name, body: node.value.body } : undefined;
  }
  return undefined;
}

function isFunctionNode(node: Node): node is TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression {
  return node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}

/** Whether `expression` holds `name + 1` (or `1 + name`). */
function addsOneTo(expression: Node, name: string | undefined): boolean {
  if (name === undefined) return false;
  const stack: Node[] = [expression];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'BinaryExpression' && node.operator === '+') {
      const sides = [node.left, node.right];
      if (sides.some((side) => side.type === 'Literal' && side.value === 1) && sides.some((side) => dottedPath(side)?.join('.') === name)) return true;
    }
    stack.push(...childrenOf(node));
  }
  return false;
}

function incrementsCounter(body: Node): boolean {
  const stack: Node[] = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'UpdateExpression' && node.operator === '++') return true;
    if (node.type === 'AssignmentExpression' && node.operator === '+=') return true;
    // `times = diff < BLOCKED_PERIOD ? times + 1 : 1` (novu's updateFailedAttempts): the counter written from itself plus one.
    if (node.type === 'AssignmentExpression' && node.operator === '=' && addsOneTo(node.right, dottedPath(node.left)?.join('.'))) return true;
    if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && INCREMENT_CALL.test(memberName(node.callee) ?? '')) return true;
    stack.push(...childrenOf(node));
  }
  return false;
}
