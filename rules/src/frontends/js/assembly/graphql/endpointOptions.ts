import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { dottedPath, walk, type Node } from '../../ast';
import type { AdapterContext } from '../../adapterContext';
import { asFunction } from '../../lifecycle/handlerFunction';
import type { RouteHandler } from '../../lifecycle/routes';
import { rangeOfNode } from '../../optionValues';

/**
 * The GraphQL middleware whose options may be a function of the request, run on every request to the
 * endpoint before any resolver: express-graphql (`graphqlHTTP((req, res) => ({ schema, context }))`, its
 * default export before 0.10) and apollo-server-express 1 / graphql-server-express (`graphqlExpress(req => …)`).
 */
const OPTION_FUNCTION_CALLS: readonly { readonly modules: readonly string[]; readonly path: readonly string[] }[] = [
  { modules: ['express-graphql'], path: [] },
  { modules: ['express-graphql'], path: ['graphqlHTTP'] },
  { modules: ['apollo-server-express', 'graphql-server-express'], path: ['graphqlExpress'] },
];

/**
 * An options function that does more than build options: one that authenticates the request itself
 * (`passport.authenticate('local', …)(req, res, next)` then `req.login(user, …)`) logs in on every
 * request to the endpoint, like an Express handler mounted there. Read as a handler of the endpoint
 * (`operation: 'endpoint'`), named where the credential is checked (the passport call) or else at the
 * middleware's call; its rate limit is the endpoint's.
 */
export function endpointOptionHandlers(context: AdapterContext): RouteHandler[] {
  const handlers: RouteHandler[] = [];
  for (const { modules, path } of OPTION_FUNCTION_CALLS) {
    if (!context.importsAny(modules)) continue;
    for (const call of context.callsTo(modules, path)) {
      const first = call.arguments[0];
      const fn = first && first.type !== 'SpreadElement' ? asFunction(context, first) : undefined;
      if (!fn || fn.params.length === 0) continue;
      const at = passportCall(fn) ?? call.callee;
      handlers.push({ framework: 'express', name: 'GraphQL endpoint options', nameRange: rangeOfNode(at), node: fn, middleware: [], handler: fn, operation: 'endpoint' });
    }
  }
  return handlers;
}

/** The first `passport.authenticate(…)` inside the options function. */
function passportCall(fn: Node): TSESTree.CallExpression | undefined {
  let found: TSESTree.CallExpression | undefined;
  walk(fn, (node) => {
    if (!found && node.type === 'CallExpression' && dottedPath(node.callee)?.join('.') === 'passport.authenticate') found = node;
  });
  return found;
}
