import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { RouteInfo } from '../../../../model/lifecycleFacts';
import { memberName, unwrap } from '../../ast';
import type { AdapterContext } from '../../adapterContext';
import { rangeOfNode } from '../../optionValues';
import { getEntry } from '../../values';
import type { AppModel } from '../appModel';

/** A GraphQL endpoint a browser reaches cross-site with the session cookie, and why. */
export interface EndpointExposure {
  readonly file: string;
  readonly route: RouteInfo;
  readonly reason: string;
}

/** A urlencoded body parser mounted somewhere in the package (`app.use(bodyParser.urlencoded(…))`, `express.urlencoded()`). */
const URLENCODED = /\burlencoded\s*\(/;

/**
 * GraphQL endpoints that are middleware of another library, mounted on an Express app with
 * `app.use('/graphql', …)`, and whether a cross-site form reaches their mutations. Each decision is
 * the library's own body parsing, by version (read from their sources):
 * - express-graphql (0.6 to 0.12) parses `application/x-www-form-urlencoded` bodies itself (its
 *   `parseBody`) and runs a mutation sent by POST: an HTML form posts one. Reported.
 * - apollo-server-express 1 (`graphqlExpress`) reads `req.body` as the app parsed it and refuses
 *   mutations over GET: a form reaches a mutation only where a urlencoded parser is mounted. Reported then.
 * - graphql-http's handlers accept only JSON content types (a form is refused with 415): not reported.
 * Apollo Server 2 to 4 are judged in apolloCsrf.ts; graphql-yoga 1 in yogaCsrf.ts.
 */
export function mountedEndpointExposures(model: AppModel, contextOf: (file: string) => AdapterContext | undefined): EndpointExposure[] {
  const exposures: EndpointExposure[] = [];
  for (const file of model.filesWith(/express-graphql|graphqlExpress/)) {
    const context = contextOf(file);
    if (!context) continue;
    const express = [...context.callsTo(['express-graphql']), ...context.callsTo(['express-graphql'], ['graphqlHTTP'])];
    for (const call of express) add(exposures, exposure(context, call, 'express-graphql parses urlencoded form bodies and runs the mutations they carry'));
    const apollo1 = context.callsTo(['apollo-server-express'], ['graphqlExpress']);
    if (apollo1.length > 0 && model.filesWith(URLENCODED).length > 0) {
      for (const call of apollo1) add(exposures, exposure(context, call, 'apollo-server-express 1 runs mutations from the urlencoded bodies this app parses'));
    }
  }
  return exposures;
}

/** One exposure per endpoint path. */
function add(exposures: EndpointExposure[], found: EndpointExposure | undefined): void {
  if (found && !exposures.some((e) => e.route.path === found.route.path)) exposures.push(found);
}

function exposure(context: AdapterContext, call: TSESTree.CallExpression, why: string): EndpointExposure | undefined {
  const mount = mountOf(context, call);
  if (mount === 'not-post') return undefined;
  const path = mount ?? '/graphql';
  return { file: context.file.fileName, route: { method: 'POST', path, range: rangeOfNode(call.callee) }, reason: `${why}, so ${path} takes cross-site form posts.` };
}

/**
 * The literal path of the `app.use('/graphql', …, handler)` / `app.post(…)` this call is an argument of;
 * 'not-post' when it is registered for other methods only (`router.options('/graphql', cors(), graphqlHTTP(…))`);
 * undefined when it is made here and mounted elsewhere (`module.exports = graphqlHTTP(…)`).
 */
function mountOf(context: AdapterContext, call: TSESTree.CallExpression): string | 'not-post' | undefined {
  const parent = context.file.parentOf(call);
  const callee = parent?.type === 'CallExpression' ? unwrap(parent.callee) : undefined;
  if (parent?.type !== 'CallExpression' || callee?.type !== 'MemberExpression') return undefined;
  if (!['use', 'post', 'all'].includes(memberName(callee) ?? '')) return 'not-post';
  const first = parent.arguments[0];
  const value = first ? context.resolver.resolve(first, context.file) : undefined;
  return value?.kind === 'literal' && typeof value.value === 'string' ? value.value : undefined;
}

/** `x.start({ uploads: false })` or `new GraphQLServer({ …, uploads: false })`: graphql-yoga 1 without multipart. */
export function uploadsOff(context: AdapterContext, options: TSESTree.Node | undefined): boolean {
  const value = options ? context.resolver.resolve(options, context.file) : undefined;
  const entry = value?.kind === 'object' ? getEntry(value, 'uploads') : undefined;
  return entry?.value.kind === 'literal' && entry.value.value === false;
}
