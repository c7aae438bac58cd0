import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { AdapterContext } from '../adapterContext';
import { memberName, unwrap, type Node } from '../ast';
import { lookup } from '../scope';

/**
 * Where a value written to Web Storage comes from: a login or token request. Follows the value back
 * through consts and destructuring (`const { token } = await res.json()`), member reads
 * (`res.data.accessToken`), `await`, `JSON.stringify`/`JSON.parse`, promise callbacks
 * (`.then(data => …)`, RxJS `.pipe(tap(res => …))`, `.subscribe(res => …)`) to the request:
 * `fetch(url)`, `axios.post(url)`, `this.http.post(url)`, `api.post(url)`, or a call named like a
 * login (`authService.login(…)`, `signIn(…)`).
 */

const MAX_STEPS = 16;

/** HTTP client methods whose first argument is the URL. */
const REQUEST_METHODS = new Set(['post', 'get', 'put', 'patch', 'request', 'fetch', '$post', '$get']);
/** Callables that are HTTP requests themselves. */
const REQUEST_FUNCTIONS = new Set(['fetch', 'axios', 'ky', '$fetch', 'ofetch', 'request', 'got']);
/** Words in a URL that name an authentication endpoint. */
const AUTH_URL_WORDS = new Set(['login', 'signin', 'logon', 'auth', 'authenticate', 'authentication', 'token', 'tokens', 'session', 'sessions', 'oauth', 'oauth2', 'sso', 'jwt', 'refresh', 'otp', 'mfa', '2fa']);
/** Functions and methods whose result is a login response. */
const LOGIN_CALL = /^(?:log_?in|sign_?in|log_?on|authenticate|authorize|refresh(?:_?tokens?|_?session)?|(?:get|fetch|request|issue|exchange|obtain)_?(?:access_?)?tokens?|login\w*|signin\w*)$/i;
/** Callback-taking methods whose callback receives the value of the object they are called on. */
const PROMISE_METHODS = new Set(['then', 'subscribe', 'done', 'success']);
/** RxJS operators whose callback receives the source's values (inside `.pipe(…)`). */
const RX_OPERATORS = new Set(['tap', 'map', 'switchMap', 'mergeMap', 'concatMap', 'exhaustMap', 'flatMap']);

/** The login request a value comes from, as a short excerpt; undefined when it comes from elsewhere. */
export function loginOrigin(context: AdapterContext, node: Node): string | undefined {
  return trace(context, node, new Set(), 0);
}

function trace(context: AdapterContext, start: Node, seen: Set<Node>, steps: number): string | undefined {
  const node = unwrap(start);
  if (steps > MAX_STEPS || seen.has(node)) return undefined;
  seen.add(node);
  const next = (n: Node | undefined | null): string | undefined => (n ? trace(context, n, seen, steps + 1) : undefined);
  switch (node.type) {
    case 'AwaitExpression':
      return next(node.argument);
    case 'MemberExpression':
      return next(node.object);
    case 'ConditionalExpression':
      return next(node.consequent) ?? next(node.alternate);
    case 'LogicalExpression':
      return next(node.left) ?? next(node.right);
    case 'TemplateLiteral':
      for (const expression of node.expressions) {
        const found = next(expression);
        if (found) return found;
      }
      return undefined;
    case 'Identifier':
      return traceIdentifier(context, node, next);
    case 'CallExpression':
      return traceCall(context, node, next);
    default:
      return undefined;
  }
}

function traceIdentifier(context: AdapterContext, node: TSESTree.Identifier, next: (n: Node | undefined | null) => string | undefined): string | undefined {
  const binding = lookup(context.file, node.name, node);
  if (!binding) return undefined;
  if (binding.kind === 'variable') return next(binding.init);
  if (binding.kind === 'param') return callbackSource(context, binding.fn, next);
  return undefined;
}

/** A callback's parameter holds what the call it is passed to delivers: `p.then(cb)` → `p`. */
function callbackSource(context: AdapterContext, fn: Node, next: (n: Node | undefined | null) => string | undefined): string | undefined {
  let holder = context.file.parentOf(fn);
  // `.subscribe({ next: (res) => … })`
  if (holder?.type === 'Property') holder = context.file.parentOf(context.file.parentOf(holder) ?? holder);
  if (holder?.type !== 'CallExpression') return undefined;
  const callee = unwrap(holder.callee);
  if (callee.type === 'MemberExpression' && PROMISE_METHODS.has(memberName(callee) ?? '')) return next(callee.object);
  if (callee.type === 'Identifier' && RX_OPERATORS.has(callee.name)) {
    const pipe = context.file.parentOf(holder);
    if (pipe?.type === 'CallExpression' && pipe.arguments.includes(holder as TSESTree.CallExpressionArgument)) {
      const pipeCallee = unwrap(pipe.callee);
      if (pipeCallee.type === 'MemberExpression' && memberName(pipeCallee) === 'pipe') return next(pipeCallee.object);
    }
  }
  return undefined;
}

function traceCall(context: AdapterContext, call: TSESTree.CallExpression, next: (n: Node | undefined | null) => string | undefined): string | undefined {
  const callee = unwrap(call.callee);
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? memberName(callee) : undefined;
  if (name === undefined) return undefined;
  const first = call.arguments[0];
  const firstNode = first && first.type !== 'SpreadElement' ? first : undefined;
  if (callee.type === 'MemberExpression') {
    const object = unwrap(callee.object);
    // JSON.stringify(data), JSON.parse(text)
    if (object.type === 'Identifier' && object.name === 'JSON') return next(firstNode);
    // res.json(), res.text(), fetch(…).then(…)
    if (name === 'json' || name === 'text' || name === 'clone' || PROMISE_METHODS.has(name) || name === 'pipe' || name === 'toPromise') return next(callee.object);
  }
  if (LOGIN_CALL.test(name)) return excerpt(context, call);
  const isRequest = (callee.type === 'Identifier' && REQUEST_FUNCTIONS.has(name)) || (callee.type === 'MemberExpression' && REQUEST_METHODS.has(name));
  if (isRequest && firstNode && isAuthUrl(context, firstNode)) return excerpt(context, call);
  // firstValueFrom(this.http.post(…)), lastValueFrom(…)
  if ((name === 'firstValueFrom' || name === 'lastValueFrom') && firstNode) return next(firstNode);
  return undefined;
}

function excerpt(context: AdapterContext, call: TSESTree.CallExpression): string {
  const args = call.arguments;
  const head = context.file.excerpt(call.callee, 40);
  const first = args[0] ? context.file.excerpt(args[0], 40) : '';
  return `${head}(${first}${args.length > 1 ? ', …' : ''})`;
}

/** True when a URL argument names an auth endpoint: '/api/login', `${API}/auth/token`, `{ url: '/signin' }`, endpoints.login. */
function isAuthUrl(context: AdapterContext, node: Node): boolean {
  const target = unwrap(node);
  if (target.type === 'ObjectExpression') {
    const url = target.properties.find((p): p is TSESTree.Property => p.type === 'Property' && !p.computed && p.key.type === 'Identifier' && p.key.name === 'url');
    return url ? isAuthUrl(context, url.value) : false;
  }
  const value = context.resolver.resolve(target, context.file);
  if (value.kind === 'literal' && typeof value.value === 'string') return hasAuthWord(value.value);
  if (target.type === 'TemplateLiteral') return hasAuthWord(target.quasis.map((q) => q.value.cooked ?? '').join('/'));
  // An endpoint constant: API.LOGIN, endpoints.auth.signIn, LOGIN_URL.
  const names: string[] = [];
  let current: Node = target;
  while (current.type === 'MemberExpression') {
    const name = memberName(current);
    if (name) names.push(name);
    current = unwrap(current.object);
  }
  if (current.type === 'Identifier') names.push(current.name);
  return names.some((name) => hasAuthWord(name));
}

/** Splits a URL or name into lower-case words: '/api/v1/auth/sign-in' → api, v1, auth, sign, in, signin. */
export function words(text: string): string[] {
  const spaced = text.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  const parts = spaced.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const joined: string[] = [];
  for (let i = 0; i + 1 < parts.length; i++) joined.push(parts[i]! + parts[i + 1]!);
  return [...parts, ...joined];
}

function hasAuthWord(text: string): boolean {
  return words(text).some((word) => AUTH_URL_WORDS.has(word));
}
