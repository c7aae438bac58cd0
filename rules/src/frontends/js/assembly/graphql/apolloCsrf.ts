import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { SessionConfigFact } from '../../../../model/facts';
import type { CsrfSurfaceFact, RouteInfo } from '../../../../model/lifecycleFacts';
import { dependsOnAtLeast } from '../../../../model/project';
import { memberName, unwrap } from '../../ast';
import type { AdapterContext } from '../../adapterContext';
import { defenceOf } from '../../adapters/csrfSurface';
import { rangeOfNode } from '../../optionValues';
import { getEntry } from '../../values';
import { appModelFor } from '../appModel';
import { mountedEndpointExposures, uploadsOff } from './mountedEndpoints';

/** Apollo integrations whose own body parsing is body-parser's json() (apollo-server runs apollo-server-express). */
const JSON_ONLY_INTEGRATIONS = ['apollo-server-express', 'apollo-server'];
/** graphql-upload (and its forks) mounted by hand: multipart bodies reach the GraphQL endpoint. */
const UPLOAD_MODULES = ['graphql-upload', 'graphql-upload-minimal', 'graphql-upload-ts', 'apollo-upload-server'];
const UPLOAD_MIDDLEWARE = /graphql-upload|apollo-upload-server/;

/** Apollo Server 2 and 3, one package per integration; `csrfPrevention` arrived in 3.7 and is off unless set. */
const APOLLO_LEGACY = ['apollo-server-express', 'apollo-server', 'apollo-server-koa', 'apollo-server-fastify', 'apollo-server-hapi', 'apollo-server-micro'];
/** Apollo Server 4 and later: `csrfPrevention` is on unless turned off. */
const APOLLO_CURRENT = ['@apollo/server'];

/** A GraphQL endpoint that accepts requests a browser sends cross-site with the session cookie. */
interface Exposure {
  readonly file: string;
  readonly route: RouteInfo;
  readonly reason: string;
}

/**
 * The CSRF exposure of an Express app that also serves Apollo Server: a GraphQL mutation is a
 * state-changing request like any POST route, and Apollo only refuses the "simple" requests a form
 * or an `<img>` can send when its CSRF prevention is on — from Apollo Server 4 by default, in 3.7+
 * only with `csrfPrevention: true`, never before 3.7. What a form can send decides first: Apollo 2 and 3
 * run no mutation from a GET, and apollo-server-express parses JSON only, plus multipart for uploads —
 * built into Apollo 2 (on unless `uploads: false`), gone from Apollo 3 unless graphql-upload is mounted by
 * hand. So Apollo 3 without graphql-upload, and Apollo 2 with `uploads: false`, take no cross-site form.
 * Added to the Express app's surface (or made one) where its cookie session is mounted; a CSRF library
 * in that file guards the endpoint too. Other libraries' endpoints: mountedEndpoints.ts.
 */
export function withApolloEndpoints(context: AdapterContext, session: SessionConfigFact, surface: CsrfSurfaceFact | null): CsrfSurfaceFact | null {
  const defence = surface?.defence ?? defenceOf(context);
  if (defence.kind !== 'none') return surface;
  const exposures = apolloExposures(context);
  if (exposures.length === 0) return surface;
  const routes = exposures.map((e) => e.route);
  const related = exposures.map((e) => ({ message: e.reason, range: e.route.range, ...(e.file === context.file.fileName ? {} : { file: e.file }) }));
  if (surface) return { ...surface, routes: [...surface.routes, ...routes], related: [...(surface.related ?? []), ...related].slice(0, 6) };
  return { kind: 'csrf-surface', library: session.library, range: session.range, sessionStorage: session.serverSide ? 'server' : 'cookie', routes, defence, optionName: (key) => key, related };
}

/**
 * Where a schema's mutations can be: a file naming one (`type Mutation`, `Mutation: {…}`, `@Mutation()`,
 * `mutationField`), or a schema file read from disk (`schema.graphql`, `*.gql`). A package with none has
 * only queries: no state change for a forged request to make.
 */
const MUTATION_OR_SCHEMA_FILE = /mutation|\.(?:graphql|gql)\b/i;

function apolloExposures(context: AdapterContext): Exposure[] {
  const model = appModelFor(context);
  if (model.filesWith(MUTATION_OR_SCHEMA_FILE).length === 0) return [];
  const contextOf = (file: string): AdapterContext | undefined => (file === context.file.fileName ? context : model.contextOf(file));
  // The server is often made in one module and mounted in another (`createApolloServer()`, then `server.applyMiddleware({ app, path })`).
  const mountPaths = model.filesWith(/applyMiddleware/).flatMap((file) => {
    const other = contextOf(file);
    return other ? other.file.calls.flatMap((call) => applyMiddlewarePath(other, call) ?? []) : [];
  });
  const fallback = mountPaths.length === 1 ? mountPaths[0]! : '/graphql';
  // graphql-upload mounted by hand (`app.use(graphqlUploadExpress())`) parses multipart bodies for any version.
  const handUploads = model.filesWith(UPLOAD_MIDDLEWARE).some((file) => contextOf(file)?.importsAny(UPLOAD_MODULES) === true);
  const apollo = model.filesWith(/ApolloServer/).flatMap((file) => {
    const other = contextOf(file);
    if (!other || !other.importsAny([...APOLLO_LEGACY, ...APOLLO_CURRENT])) return [];
    return other.file.newExpressions.flatMap((expression) => exposureOf(other, expression, fallback, handUploads) ?? []);
  });
  return [...apollo, ...mountedEndpointExposures(model, contextOf)];
}

function exposureOf(context: AdapterContext, expression: TSESTree.NewExpression, fallbackPath: string, handUploads: boolean): Exposure | undefined {
  const module = context.moduleOf(expression.callee);
  if (!module || module.path.join('.') !== 'ApolloServer') return undefined;
  const current = APOLLO_CURRENT.includes(module.module);
  if (!current && !APOLLO_LEGACY.includes(module.module)) return undefined;
  const options = expression.arguments[0] ? context.resolver.resolve(expression.arguments[0], context.file) : undefined;
  if (options && options.kind !== 'object') return undefined;
  const entry = options ? getEntry(options, 'csrfPrevention') : undefined;
  const value = entry?.value;
  const path = endpointPath(context, expression) ?? fallbackPath;
  const at = (node: TSESTree.Node): RouteInfo => ({ method: 'POST', path, range: rangeOfNode(node) });
  if (current) {
    // On by default; only `csrfPrevention: false` turns it off.
    return value?.kind === 'literal' && value.value === false && entry?.property ? { file: context.file.fileName, route: at(entry.property), reason: `Apollo Server's CSRF prevention is turned off for ${path}.` } : undefined;
  }
  // What a cross-site form can post: Apollo 2 and 3 run no mutation from a GET, and their Express integration
  // parses JSON bodies only (body-parser's json()), which a form cannot send, except multipart ones for uploads:
  // on by default in Apollo 2 (`uploads: false` turns them off), removed from Apollo 3 (graphql-upload by hand).
  // Only the Express integrations: apollo-server-koa parses urlencoded forms too (koa-bodyparser's defaults).
  const major3 = JSON_ONLY_INTEGRATIONS.includes(module.module) ? dependsOnAtLeast(context.file.project, module.module, '3.0.0') : undefined;
  if (!handUploads && (major3 === true || (major3 === false && uploadsOff(context, expression.arguments[0])))) return undefined;
  // Apollo Server 2, and 3 before 3.7, have no CSRF prevention at all (read from the lockfile when there is one).
  if (dependsOnAtLeast(context.file.project, module.module, '3.7.0') === false) {
    return { file: context.file.fileName, route: at(expression.callee), reason: `Apollo Server before 3.7 has no CSRF prevention: upgrade and set csrfPrevention: true for ${path}.` };
  }
  if (value === undefined || (value.kind === 'literal' && value.value === false)) {
    return { file: context.file.fileName, route: at(entry?.property ?? expression.callee), reason: `Apollo Server 3 checks no CSRF unless csrfPrevention is true, so ${path} takes cross-site requests.` };
  }
  return undefined;
}

/** The path of `server.applyMiddleware({ app, path: '/api' })` (Apollo 2/3) for the server this expression makes, when this file mounts it. */
function endpointPath(context: AdapterContext, expression: TSESTree.NewExpression): string | undefined {
  const parent = context.file.parentOf(expression);
  const name = parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id.name : undefined;
  if (!name) return undefined;
  for (const call of context.file.calls) {
    const callee = unwrap(call.callee);
    const object = callee.type === 'MemberExpression' ? unwrap(callee.object) : undefined;
    if (object?.type === 'Identifier' && object.name === name) {
      const path = applyMiddlewarePath(context, call);
      if (path) return path;
    }
  }
  return undefined;
}

/** The literal `path` of an `x.applyMiddleware({ app, path })` call. */
function applyMiddlewarePath(context: AdapterContext, call: TSESTree.CallExpression): string | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || memberName(callee) !== 'applyMiddleware' || !call.arguments[0]) return undefined;
  const options = context.resolver.resolve(call.arguments[0], context.file);
  const path = options.kind === 'object' ? getEntry(options, 'path')?.value : undefined;
  return path?.kind === 'literal' && typeof path.value === 'string' ? path.value : undefined;
}
