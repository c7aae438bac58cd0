import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { memberName, unwrap, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { lookup } from '../scope';
import { isPassportAuthenticate } from './routes';
import { isFastifyPassportAuthenticate } from './fastifyPassport';
import { credentialFreeStrategies } from './passportCustom';

/* passport.authenticate() on a route: whether it is there (also bound to another name), and what it does. */

/** Strategies that check a password (or a code) sent to this route, and so can be guessed against. */
export const PASSWORD_STRATEGY = /local|password|basic|digest|ldap|login|signin|totp|otp|magic|custom/i;
export const CALLBACK_PATH = /callback|return|redirect|(^|\/)cb(\/|$)/i;
const COMPLETION_OPTIONS = ['successRedirect', 'failureRedirect', 'successReturnToOrRedirect', 'failWithError', 'successMessage', 'failureMessage'];

/**
 * What a `passport.authenticate(strategy, options)` route does: a password login, the completion of
 * a federated login (the OAuth/SAML callback), or the start of one (a redirect to the provider,
 * which logs nobody in).
 */
export function passportRole(context: AdapterContext, call: Node, path: string, hasHandler: boolean, routePaths: ReadonlySet<string>): 'password' | 'federated' | 'start' {
  if (call.type !== 'CallExpression') return 'password';
  const strategy = call.arguments[0] ? context.resolver.resolve(call.arguments[0], context.file) : undefined;
  const names = strategy?.kind === 'literal' ? [String(strategy.value)] : strategy?.kind === 'array' ? strategy.elements.map((e) => (e.kind === 'literal' ? String(e.value) : '')) : [];
  // passport's built-in 'session' strategy restores the user the session already holds: it logs nobody in.
  if (names.length > 0 && names.every((name) => name === 'session')) return 'start';
  // A passport-custom strategy whose verify function reads nothing of the request logs in without a credential.
  if (names.length > 0 && names.every((name) => credentialFreeStrategies(context).has(name))) return 'federated';
  if (names.length === 0 || names.some((name) => PASSWORD_STRATEGY.test(name))) return 'password';
  // `/auth/google` beside `/auth/google/callback`: the first sends the user to the provider, the second logs in
  // (both often pass the same `failureRedirect`).
  if (!CALLBACK_PATH.test(path) && [...routePaths].some((other) => other.startsWith(`${path.replace(/\/$/, '')}/`) && CALLBACK_PATH.test(other))) return 'start';
  const options = call.arguments[1] ? context.resolver.resolve(call.arguments[1], context.file) : undefined;
  const completes = options?.kind === 'object' && options.entries.some((e) => COMPLETION_OPTIONS.includes(e.key));
  const callbackArgument = call.arguments.some((a) => a.type === 'ArrowFunctionExpression' || a.type === 'FunctionExpression');
  return completes || callbackArgument || hasHandler || CALLBACK_PATH.test(path) ? 'federated' : 'start';
}

export function findPassportCall(context: AdapterContext, node: Node): Node | undefined {
  if (node.type !== 'CallExpression') return undefined;
  return node.arguments.find((a) => isPassportCall(context, a));
}

/**
 * `passport.authenticate(…)`, or a call of a name bound to it (`const pauth = passport.authenticate.bind(passport)`,
 * node-express-mongoose-demo), or @fastify/passport's `fastifyPassport.authenticate(…)`.
 */
export function isPassportCall(context: AdapterContext, node: Node): boolean {
  if (isPassportAuthenticate(node) || isFastifyPassportAuthenticate(context, node)) return true;
  const target = unwrap(node);
  const callee = target.type === 'CallExpression' ? unwrap(target.callee) : undefined;
  if (callee?.type !== 'Identifier') return false;
  const binding = lookup(context.file, callee.name, callee);
  if (binding?.kind !== 'variable' || !binding.init || binding.path.length > 0) return false;
  let init = unwrap(binding.init);
  // `passport.authenticate.bind(passport)`: the method itself, bound.
  if (init.type === 'CallExpression' && unwrap(init.callee).type === 'MemberExpression' && memberName(unwrap(init.callee) as TSESTree.MemberExpression) === 'bind') {
    init = unwrap((unwrap(init.callee) as TSESTree.MemberExpression).object);
  }
  if (init.type !== 'MemberExpression' || memberName(init) !== 'authenticate') return false;
  const object = unwrap(init.object);
  return object.type === 'Identifier' && object.name === 'passport';
}
