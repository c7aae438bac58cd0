import { memberName, unwrap, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { dependsOnAtLeast, type ProjectContext } from '../../../model/project';

/**
 * @fastify/passport (`fastify-passport` before 1.0): Fastify's port of passport, with a session
 * manager of its own. What it does to the session differs from passport's (SecureSessionManager in
 * fastify/fastify-passport):
 * - `logIn()` (also inside `authenticate()`) calls `request.session.regenerate()` under
 *   @fastify/session from 2.3.0 on (GHSA-2ccf-ffrj-m4qw, April 2023); before, it only set
 *   `passport` in the session it found. Under @fastify/secure-session it clears the cookie's fields.
 * - `logOut()` returns a promise and takes no callback on every version (it never throws like
 *   passport 0.6's `req.logout()`); it sets `passport` to undefined and, from 2.3.0 under
 *   @fastify/session, calls `regenerate()`, which in every released @fastify/session (≤ 11.1.2)
 *   leaves the old session in the store: the session the user logged out of stays valid there.
 */
export const FASTIFY_PASSPORT_MODULES = ['@fastify/passport', 'fastify-passport'];

/** The first @fastify/passport whose logIn() renews a @fastify/session session. */
const RENEWS_FROM = '2.3.0';

/** Whether the project's @fastify/passport renews the session at login (an unknown version is taken as current). */
export function fastifyPassportRenews(project: ProjectContext): boolean {
  if ('@fastify/passport' in project.dependencies) return dependsOnAtLeast(project, '@fastify/passport', RENEWS_FROM) !== false;
  // The package under its old name is 0.x: it never renewed.
  return !('fastify-passport' in project.dependencies);
}

/**
 * `fastifyPassport.authenticate('local', …)` where `fastifyPassport` is @fastify/passport's default
 * export or an `Authenticator` created from it (`const fastifyPassport = new Authenticator()`).
 */
export function isFastifyPassportAuthenticate(context: AdapterContext, node: Node): boolean {
  const target = unwrap(node);
  if (target.type !== 'CallExpression' || !context.importsAny(FASTIFY_PASSPORT_MODULES)) return false;
  const callee = unwrap(target.callee);
  if (callee.type !== 'MemberExpression' || memberName(callee) !== 'authenticate') return false;
  const object = context.resolveLocal(unwrap(callee.object));
  const module = object.kind === 'module' ? object : object.kind === 'instance' && object.of.kind === 'module' ? object.of : undefined;
  return module !== undefined && FASTIFY_PASSPORT_MODULES.includes(module.module);
}
