import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { memberName, stringLiteral, unwrap, type Node } from '../ast';
import type { FileContext } from '../fileContext';
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
export function passportRole(context: AdapterContext, node: Node, path: string, hasHandler: boolean, routePaths: ReadonlySet<string>): 'password' | 'federated' | 'start' {
  // A middleware name for a call another module makes (`toAuthenticate`): its arguments are read there.
  const imported = node.type === 'CallExpression' ? undefined : importedPassportCall(context, node);
  const call = imported ? { arguments: imported.args } : node.type === 'CallExpression' ? node : undefined;
  if (!call) return 'password';
  const file = imported?.file ?? context.file;
  const strategy = call.arguments[0] ? context.resolver.resolve(call.arguments[0], file) : undefined;
  const names = strategy?.kind === 'literal' ? [String(strategy.value)] : strategy?.kind === 'array' ? strategy.elements.map((e) => (e.kind === 'literal' ? String(e.value) : '')) : [];
  // passport's built-in 'session' strategy restores the user the session already holds: it logs nobody in.
  if (names.length > 0 && names.every((name) => name === 'session')) return 'start';
  // A passport-custom strategy whose verify function reads nothing of the request logs in without a credential.
  if (names.length > 0 && names.every((name) => credentialFreeStrategies(context).has(name))) return 'federated';
  if (names.length === 0 || names.some((name) => PASSWORD_STRATEGY.test(name))) return 'password';
  // `/auth/google` beside `/auth/google/callback`: the first sends the user to the provider, the second logs in
  // (both often pass the same `failureRedirect`).
  if (!CALLBACK_PATH.test(path) && [...routePaths].some((other) => other.startsWith(`${path.replace(/\/$/, '')}/`) && CALLBACK_PATH.test(other))) return 'start';
  const options = call.arguments[1] ? context.resolver.resolve(call.arguments[1], file) : undefined;
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
  if (importedPassportCall(context, node)) return true;
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

/**
 * The `passport.authenticate(…)` call a route's middleware name stands for when a module of the project
 * exports it (`module.exports = passport.authenticate('local', { failureRedirect })` in
 * middleware/toAuthenticate.js, mounted as `router.post('/login', toAuthenticate, handler)`: yelpcamp, js10).
 * Only names bound to a relative import or require are resolved (a package's export is not the app's), and
 * `controller.login` of one, or a name destructured from one (`const { login } = require('./controllers/auth')`).
 */
export function importedPassportCall(context: AdapterContext, node: Node): { args: readonly TSESTree.CallExpressionArgument[]; file: FileContext } | undefined {
  const target = unwrap(node);
  // `toAuthenticate`, or `authController.login` of `exports.login = passport.authenticate(…)` (a controller module).
  const root = target.type === 'MemberExpression' && !target.computed ? unwrap(target.object) : target;
  if (root.type !== 'Identifier') return undefined;
  const binding = lookup(context.file, root.name, root);
  const relative =
    (binding?.kind === 'import' && binding.source.startsWith('.')) ||
    (binding?.kind === 'variable' && binding.init !== null && requiresRelative(binding.init));
  if (!relative) return undefined;
  const value = context.resolver.resolve(target, context.file);
  if (value.kind !== 'call' || value.file === context.file) return undefined;
  const callee = value.callee;
  if (callee.kind !== 'module' || callee.module !== 'passport' || callee.path.length !== 1 || callee.path[0] !== 'authenticate') return undefined;
  return { args: value.args, file: value.file };
}

/** `require('./middleware/auth')`: a module of the project. */
function requiresRelative(init: Node): boolean {
  const call = unwrap(init);
  if (call.type !== 'CallExpression' || unwrap(call.callee).type !== 'Identifier' || (unwrap(call.callee) as TSESTree.Identifier).name !== 'require') return false;
  const specifier = call.arguments[0] ? stringLiteral(call.arguments[0]) : undefined;
  return specifier !== undefined && specifier.startsWith('.');
}
