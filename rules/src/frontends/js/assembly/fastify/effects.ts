import type { TextRange } from '../../../../model/range';
import { childrenOf, memberName, stringLiteral, unwrap, type Node } from '../../ast';
import type { AdapterContext } from '../../adapterContext';
import { pluginRegistrations } from '../../fastify/registrations';
import type { FastifyPluginModule } from '../../fastify/modules';
import { rangeOfNode } from '../../optionValues';
import { getEntry } from '../../values';
import type { FastifyPluginTree, ScopeChain } from './pluginTree';

/** Something registered in a scope that reaches every route below it. */
export interface ScopeEffect {
  readonly file: string;
  readonly range: TextRange;
  readonly chains: readonly ScopeChain[];
}

export const RATE_LIMIT_PLUGIN: FastifyPluginModule = { modules: ['@fastify/rate-limit', 'fastify-rate-limit'], namedExport: 'fastifyRateLimit' };
const HOOKS = new Set(['onRequest', 'preParsing', 'preValidation', 'preHandler']);

/**
 * @fastify/rate-limit registered for every route of its scope (`global` is on unless set to false):
 * `register(rateLimit, opts)`, or an autoload plugin file re-exporting it with `autoConfig`.
 */
export function globalRateLimits(tree: FastifyPluginTree): ScopeEffect[] {
  const effects: ScopeEffect[] = [];
  for (const context of tree.filesMatching(/@fastify\/rate-limit|fastify-rate-limit/)) {
    for (const registration of pluginRegistrations(context, RATE_LIMIT_PLUGIN)) {
      const options = registration.options;
      const global = options?.kind === 'object' ? getEntry(options, 'global')?.value : undefined;
      if (global?.kind === 'literal' && global.value === false) continue;
      effects.push({ file: context.file.fileName, range: rangeOfNode(registration.at), chains: tree.chainsOf(context.file.fileName, registration.at) });
    }
  }
  return effects;
}

/**
 * Hooks that check a CSRF token for every route of their scope: `fastify.addHook('onRequest', fastify.csrfProtection)`,
 * or a hook function that calls it (`(request, reply, done) => request.method === 'GET' ? done() : fastify.csrfProtection(request, reply, done)`).
 */
export function csrfHooks(tree: FastifyPluginTree): ScopeEffect[] {
  const effects: ScopeEffect[] = [];
  for (const context of tree.filesMatching(/csrfProtection/)) {
    for (const call of context.file.calls) {
      const callee = unwrap(call.callee);
      if (callee.type !== 'MemberExpression' || memberName(callee) !== 'addHook') continue;
      const hook = stringLiteral(call.arguments[0]);
      const fn = call.arguments[1];
      if (!hook || !HOOKS.has(hook) || !fn || fn.type === 'SpreadElement' || !checksCsrf(context, fn)) continue;
      effects.push({ file: context.file.fileName, range: rangeOfNode(callee), chains: tree.chainsOf(context.file.fileName, call) });
    }
  }
  return effects;
}

/** `fastify.csrfProtection`, or a function (here, or a name for one in this file) whose body uses it. */
export function checksCsrf(context: AdapterContext, node: Node): boolean {
  const target = unwrap(node);
  if (target.type === 'MemberExpression' && memberName(target) === 'csrfProtection') return true;
  const value = target.type === 'Identifier' ? context.resolveLocal(target) : undefined;
  const body = value?.kind === 'function' ? value.node : target;
  const stack: Node[] = [body];
  for (let steps = 0; stack.length > 0 && steps < 10_000; steps++) {
    const current = stack.pop()!;
    if (current.type === 'MemberExpression' && memberName(current) === 'csrfProtection') return true;
    stack.push(...childrenOf(current));
  }
  return false;
}

/** True when an effect reaches the place on every way to it (and each way is known to start at the app). */
export function reachesEveryChain(effects: readonly ScopeEffect[], chains: readonly ScopeChain[], encloses: (outer: ScopeChain, inner: ScopeChain) => boolean): boolean {
  return chains.length > 0 && chains.every((chain) => effects.some((effect) => effect.chains.some((outer) => encloses(outer, chain))));
}
