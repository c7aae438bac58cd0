import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TokenStorageFact } from '../../../model/tokenFacts';
import { known, unknown, type Value } from '../../../model/value';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { memberName, unwrap, type Node } from '../ast';
import { rangeOfNode } from '../optionValues';
import { lookup } from '../scope';
import { loginOrigin, words } from './storageOrigin';
import { storageHelperOf, storageOf, type StorageName } from './storageTargets';

/** Words that make a storage key or variable name a token or session id. */
const TOKEN_WORDS = new Set(['token', 'tokens', 'jwt', 'session', 'sess', 'sid', 'sessionid', 'auth', 'bearer', 'accesstoken', 'refreshtoken', 'idtoken', 'authtoken', 'apikey']);
/** Words that make a name something else: CSRF tokens, push tokens, expiry times, auth settings. */
const NOT_TOKEN_WORDS = new Set([
  'csrf', 'xsrf', 'fcm', 'push', 'device', 'notification', 'captcha', 'recaptcha', 'expiry', 'expires', 'expiration', 'expire', 'exp', 'expiresat',
  'timeout', 'ttl', 'time', 'timestamp', 'date', 'count', 'type', 'state', 'redirect', 'return', 'url', 'provider', 'method', 'mode', 'status', 'flag',
]);

/** 'token' for names like accessToken / jwt / session_id, 'other' for names that say they are something else, 'neutral' otherwise. */
/**
 * Things that have sessions of their own, not logins: logto keeps a Stripe checkout hand-off under
 * `storageKeys.checkoutSession`; chat, upload and editor sessions are the app's records too.
 */
const SESSION_OF_OTHER = new Set(['checkout', 'payment', 'stripe', 'cart', 'chat', 'conversation', 'upload', 'editor', 'game', 'quiz', 'exam', 'meeting', 'call', 'workout', 'practice', 'playback', 'recording', 'tour', 'wizard', 'onboarding', 'search', 'terminal']);

export function tokenNameClass(name: string): 'token' | 'other' | 'neutral' {
  const parts = words(name);
  if (parts.some((word) => NOT_TOKEN_WORDS.has(word))) return 'other';
  if (sessionOfOther(parts)) return 'other';
  if (parts.some((word) => TOKEN_WORDS.has(word) || word.endsWith('token') || word.endsWith('jwt'))) return 'token';
  return 'neutral';
}

/**
 * `checkoutSession`, `chat_session_id`: the session word follows a word naming what the session is of, and
 * no other word says token (`chatSessionToken` stays a token). Over the single words of {@link words}
 * (it appends the joined pairs after them).
 */
function sessionOfOther(parts: readonly string[]): boolean {
  const single = parts.slice(0, (parts.length + 1) / 2);
  const index = single.findIndex((word) => word === 'session' || word === 'sessions');
  if (index <= 0 || !SESSION_OF_OTHER.has(single[index - 1]!)) return false;
  return !single.some((word, i) => i !== index && (TOKEN_WORDS.has(word) || word.endsWith('token') || word.endsWith('jwt')));
}

/**
 * Web Storage writes of tokens and session ids: `localStorage.setItem('token', t)`,
 * `window.sessionStorage.setItem(KEY, t)`, `localStorage.token = t`, `localStorage['jwt'] = t`,
 * through aliases (`const storage = remember ? localStorage : sessionStorage`). A write counts when
 * its key or its value is named like a token, or its value comes from a login/token request.
 */
export const webStorageAdapter: JsAdapter = {
  name: 'web-storage',
  collect(context) {
    collectHelperWrites(context);
    const text = context.file.text;
    if (!text.includes('localStorage') && !text.includes('sessionStorage')) return;
    for (const call of context.file.calls) {
      const callee = unwrap(call.callee);
      if (callee.type !== 'MemberExpression' || memberName(callee) !== 'setItem') continue;
      const storage = storageOf(context.file, callee.object);
      const [keyNode, valueNode] = call.arguments;
      if (!storage || !keyNode || !valueNode || keyNode.type === 'SpreadElement' || valueNode.type === 'SpreadElement') continue;
      collectWrite(context, storage, call, keyValue(context, keyNode), keyNode, valueNode);
    }
    for (const assignment of context.file.assignments) {
      const left = unwrap(assignment.left);
      if (assignment.operator !== '=' || left.type !== 'MemberExpression') continue;
      const storage = storageOf(context.file, left.object);
      if (!storage) continue;
      const name = memberName(left);
      const key: Value<string> = name !== undefined ? known(name, rangeOfNode(left.property)) : left.computed ? keyValue(context, left.property) : unknown();
      collectWrite(context, storage, assignment, key, left.property, assignment.right);
    }
  },
};

/** Names of the storage helpers worth resolving: a setter called with a key and a value. */
export const STORAGE_HELPER_NAMES = new Set(['set', 'setItem', 'save', 'store', 'persist', 'put', 'write']);

/**
 * `setItem(AUTH_TOKEN, token)` and `storage.set('token', data.token)` where the callee is a
 * storage helper (storageHelperOf), in this file or imported: the write is judged at the call, with
 * the caller's key and value. Only calls whose key is named like a token are resolved.
 */
function collectHelperWrites(context: AdapterContext): void {
  for (const call of context.file.calls) {
    const callee = unwrap(call.callee);
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? memberName(callee) : undefined;
    if (!name || !STORAGE_HELPER_NAMES.has(name) || call.arguments.length < 2) continue;
    if (callee.type === 'MemberExpression' && memberName(callee) === 'setItem' && storageOf(context.file, callee.object)) continue;
    const [keyNode, valueNode] = call.arguments;
    if (!keyNode || !valueNode || keyNode.type === 'SpreadElement' || valueNode.type === 'SpreadElement') continue;
    // The key must say token (as the prefilter's storageHelperCall asks): a value named token stored under a
    // parameter key is some other class's own store (`this.store.setItem(key, token)`).
    if (keyNodeClass(keyNode) !== 'token' && tokenKeyLiteral(keyNode) !== 'token') continue;
    const fn = context.resolveCallee(callee);
    const helper = fn.kind === 'function' ? storageHelperOf(fn.node, fn.file) : undefined;
    if (!helper) continue;
    const key = call.arguments[helper.keyIndex];
    const value = call.arguments[helper.valueIndex];
    if (!key || !value || key.type === 'SpreadElement' || value.type === 'SpreadElement') continue;
    collectWrite(context, helper.storage, call, keyValue(context, key), key, value);
  }
}

/** A string literal key's class, without resolving anything. */
function tokenKeyLiteral(node: Node): 'token' | 'other' | 'neutral' {
  const target = unwrap(node);
  return target.type === 'Literal' && typeof target.value === 'string' ? tokenNameClass(target.value) : 'neutral';
}

function keyValue(context: AdapterContext, node: Node): Value<string> {
  const value = context.resolver.resolve(node, context.file);
  if (value.kind === 'literal' && typeof value.value === 'string') return known(value.value, rangeOfNode(node));
  return unknown(rangeOfNode(node));
}

function collectWrite(context: AdapterContext, storage: StorageName, at: Node, key: Value<string>, keyNode: Node, valueNode: Node): void {
  if (isPlainLiteral(context, valueNode)) return;
  const keyClass = key.kind === 'known' ? tokenNameClass(key.value) : keyNodeClass(keyNode);
  if (keyClass === 'other') return;
  let why: TokenStorageFact['why'] | undefined = keyClass === 'token' || valueNameClass(valueNode) === 'token' ? 'name' : undefined;
  const origin = why ? undefined : loginOrigin(context, valueNode);
  if (!why && origin && !isOtherResponseField(context, valueNode)) why = 'login-response';
  if (!why) return;
  const fact: TokenStorageFact = {
    kind: 'token-storage',
    library: storage,
    range: rangeOfNode(at),
    optionName: () => storage,
    storage,
    key,
    why,
    ...(why === 'login-response' && origin ? { origin } : {}),
  };
  context.facts.push(fact);
}

/** `localStorage.setItem('token', '')`, `= null`: clearing a key or storing a flag, not a token. */
function isPlainLiteral(context: AdapterContext, node: Node): boolean {
  const value = context.resolver.resolve(node, context.file);
  return value.kind === 'literal';
}

/** A key written as a constant name (`STORAGE_KEYS.ACCESS_TOKEN`, `TOKEN_KEY`) says what it holds. */
function keyNodeClass(node: Node): 'token' | 'other' | 'neutral' {
  const name = lastName(node);
  return name ? tokenNameClass(name) : 'neutral';
}

/** `token`, `data.accessToken`, `res.data.jwt`, `JSON.stringify(session)`: the name of what is stored. */
function valueNameClass(node: Node): 'token' | 'other' | 'neutral' {
  const target = unwrap(node);
  if (target.type === 'CallExpression' && target.arguments.length === 1 && target.arguments[0]!.type !== 'SpreadElement') {
    const callee = unwrap(target.callee);
    if (callee.type === 'MemberExpression' && unwrap(callee.object).type === 'Identifier' && (unwrap(callee.object) as TSESTree.Identifier).name === 'JSON') return valueNameClass(target.arguments[0]!);
  }
  if (target.type === 'TemplateLiteral' && target.expressions.length === 1) return valueNameClass(target.expressions[0]!);
  const name = lastName(target);
  return name ? tokenNameClass(name) : 'neutral';
}

/** Names under which a response carries its whole body: storing `res.data` may store the token. */
const WRAPPER_FIELDS = new Set(['data', 'body', 'result', 'results', 'response', 'payload', 'value', 'json', 'content']);

/**
 * `authentication.bid`, `res.data.user`: one named field of a login response whose name is not a
 * token's (a basket id, the user's profile). The response carries the token in another field.
 */
function isOtherResponseField(context: AdapterContext, node: Node): boolean {
  const target = unwrap(node);
  // A record stringified whole (`JSON.stringify(data.user)`) may carry the token inside; one destructured beside it does not.
  const record = stringified(target);
  const name = target.type === 'MemberExpression' ? memberName(target) : record.type === 'Identifier' ? destructuredField(context, record) : undefined;
  return name !== undefined && !WRAPPER_FIELDS.has(name.toLowerCase()) && tokenNameClass(name) === 'neutral';
}

/** `JSON.stringify(user)` → `user`: what is stored is the argument. */
function stringified(node: Node): Node {
  if (node.type !== 'CallExpression' || node.arguments.length < 1 || node.arguments[0]!.type === 'SpreadElement') return node;
  const callee = unwrap(node.callee);
  const isStringify = callee.type === 'MemberExpression' && memberName(callee) === 'stringify' && unwrap(callee.object).type === 'Identifier' && (unwrap(callee.object) as TSESTree.Identifier).name === 'JSON';
  return isStringify ? unwrap(node.arguments[0]!) : node;
}

/**
 * The response field a variable was destructured from when the same pattern takes the token apart from it:
 * `user` in anything-llm's `const { valid, user, token } = await System.requestToken(data)` (the token is
 * stored, and reported, on its own line). A `user` destructured alone may carry the token inside
 * (RealWorld's `{ user: { email, token } }`) and stays a possible token.
 */
function destructuredField(context: AdapterContext, id: TSESTree.Identifier): string | undefined {
  const binding = lookup(context.file, id.name, id);
  if (binding?.kind !== 'variable' || binding.path.length === 0) return undefined;
  const step = binding.path[binding.path.length - 1]!;
  if (!('key' in step)) return undefined;
  const pattern = binding.declaration.declarations.map((d) => patternHolding(d.id, binding.id)).find((p) => p !== undefined);
  const tokenBeside = pattern?.properties.some((p) => p.type === 'Property' && !p.computed && p.key.type === 'Identifier' && tokenNameClass(p.key.name) === 'token');
  return tokenBeside ? step.key : undefined;
}

/** The object pattern one of whose properties binds `id` directly. */
function patternHolding(pattern: Node, id: TSESTree.Identifier): TSESTree.ObjectPattern | undefined {
  if (pattern.type === 'ObjectPattern') {
    for (const property of pattern.properties) {
      if (property.type !== 'Property') continue;
      const value = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
      if (value === id) return pattern;
      const inner = patternHolding(value, id);
      if (inner) return inner;
    }
  }
  if (pattern.type === 'ArrayPattern') for (const element of pattern.elements) if (element) { const inner = patternHolding(element, id); if (inner) return inner; }
  return undefined;
}

function lastName(node: Node): string | undefined {
  const target = unwrap(node);
  if (target.type === 'Identifier') return target.name;
  if (target.type === 'MemberExpression') return memberName(target);
  return undefined;
}
