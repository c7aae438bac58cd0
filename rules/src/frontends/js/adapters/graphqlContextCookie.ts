import { memberName, unwrap, type Node } from '../ast';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { isFastifyModule } from '../fastify/modules';
import { lookup, type PatternStep } from '../scope';
import { resCookieFact } from './expressResCookie';

const METHODS: ReadonlySet<string> = new Set(['cookie', 'clearCookie']);

/** The properties a GraphQL context (apollo-server-express, NestJS GraphQL, graphql-yoga on Express) keeps the response under. */
const RESPONSE_KEYS: ReadonlySet<string> = new Set(['res', 'response']);

/**
 * Objects that carry the Express response: a resolver's context (`ctx`, `context`, `gqlContext`,
 * `authContext`…) and the request itself (Express sets `req.res`).
 */
const CARRIER_NAME = /^(?:ctx|context|req|request|[a-z][\w$]*(?:Context|Ctx))$/;

function isResponseKey(step: PatternStep | undefined): boolean {
  return step !== undefined && 'key' in step && RESPONSE_KEYS.has(step.key);
}

/** `ctx.res`, `context.response`, `req.res`, also one level further down (`context.req.res`). */
function isCarriedResponse(node: Node): boolean {
  const target = unwrap(node);
  if (target.type !== 'MemberExpression' || !RESPONSE_KEYS.has(memberName(target) ?? '')) return false;
  let root = unwrap(target.object);
  if (root.type === 'MemberExpression' && memberName(root) === 'req') root = unwrap(root.object);
  return root.type === 'Identifier' && CARRIER_NAME.test(root.name);
}

/**
 * `res` taken out of a context: a resolver parameter `(_parent, args, { res })` or
 * `const { res } = context`. A plain `res` parameter is Express's own (expressResCookie).
 */
function isDestructuredResponse(context: AdapterContext, node: Node): boolean {
  const target = unwrap(node);
  if (target.type !== 'Identifier') return false;
  const binding = lookup(context.file, target.name, target);
  if (!binding) return false;
  if (binding.kind === 'param') return binding.path.length === 1 && isResponseKey(binding.path[0]);
  if (binding.kind !== 'variable' || binding.path.length !== 1 || !isResponseKey(binding.path[0]) || !binding.init) return false;
  const init = unwrap(binding.init);
  return init.type === 'Identifier' && CARRIER_NAME.test(init.name);
}

/**
 * Express's `res.cookie` reached through a GraphQL context: `ctx.res.cookie(…)`,
 * `context.response.cookie(…)`, `req.res.cookie(…)` and a `{ res }` destructured from the context.
 * The response is Express's, so are the defaults.
 */
export const graphqlContextCookieAdapter: JsAdapter = {
  name: 'graphql-context-cookie',
  collect(context) {
    // NestJS and mercurius on Fastify put a FastifyReply there, whose `cookie` is @fastify/cookie's (maxAge in seconds).
    if (!context.importedModules.has('express') && [...context.importedModules].some(isFastifyModule)) return;
    for (const call of context.file.calls) {
      const callee = unwrap(call.callee);
      if (callee.type !== 'MemberExpression') continue;
      const method = memberName(callee);
      if (method === undefined || !METHODS.has(method)) continue;
      if (!isCarriedResponse(callee.object) && !isDestructuredResponse(context, callee.object)) continue;
      context.facts.push(resCookieFact(context, call, method === 'clearCookie'));
    }
  },
};
