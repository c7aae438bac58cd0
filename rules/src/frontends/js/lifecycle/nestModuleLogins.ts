import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { AuthHandlerFact, SessionStorage } from '../../../model/lifecycleFacts';
import type { AdapterContext } from '../adapterContext';
import { memberName, stringLiteral, unwrap, type Node } from '../ast';
import { rangeOfNode } from '../optionValues';

/** What a `passport.authenticate(…)` call does on a path: see authHandlers' passportRole. */
export type PassportRole = (call: Node, path: string) => 'password' | 'federated' | 'start';

/**
 * Logins a NestJS module applies as middleware: `consumer.apply(passport.authenticate('google',
 * { successRedirect })).forRoutes({ path: '/auth/google/callback' })`. passport logs the user in there,
 * before any controller runs, and renews the session id only from 0.6 on; so with an older passport
 * each such login keeps the old id. Only those are returned (with passport ≥ 0.6 there is nothing to
 * report, and a limit on a federated callback is not asked for).
 */
export function nestModuleLogins(
  context: AdapterContext,
  storage: SessionStorage,
  passportRenews: boolean,
  isPassportCall: (node: Node) => boolean,
  roleOf: PassportRole,
): AuthHandlerFact[] {
  if (passportRenews || !context.importsAny(['passport'])) return [];
  const facts: AuthHandlerFact[] = [];
  for (const call of context.file.calls) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression' || memberName(callee) !== 'forRoutes') continue;
    const applied = unwrap(callee.object);
    if (applied.type !== 'CallExpression') continue;
    const applyCallee = unwrap(applied.callee);
    if (applyCallee.type !== 'MemberExpression' || memberName(applyCallee) !== 'apply') continue;
    const path = routePath(call.arguments[0]);
    for (const argument of applied.arguments) {
      if (!isPassportCall(argument) || roleOf(argument, path ?? '') === 'start') continue;
      const range = rangeOfNode(argument);
      facts.push({
        kind: 'auth-handler',
        library: 'nest',
        framework: 'nest',
        role: 'login',
        evidence: 'passport.authenticate()',
        range,
        sessionStorage: storage,
        optionName: (key) => key,
        renewal: 'missing',
        renewalRange: range,
        identityWrite: range,
        related: [{ message: `The module applies it to ${path ?? 'its routes'}.`, range: rangeOfNode(call) }],
      });
    }
  }
  return facts;
}

/** `'/auth/callback'` or `{ path: '/auth/callback', method }` of `forRoutes(…)`. */
function routePath(argument: TSESTree.CallExpressionArgument | undefined): string | undefined {
  const target = argument && unwrap(argument);
  if (!target) return undefined;
  if (target.type !== 'ObjectExpression') return stringLiteral(target);
  for (const property of target.properties) {
    if (property.type === 'Property' && !property.computed && property.key.type === 'Identifier' && property.key.name === 'path') return stringLiteral(property.value);
  }
  return undefined;
}
