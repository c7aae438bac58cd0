import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { childrenOf, memberName, unwrap, type Node } from '../../ast';
import { referencedHandler } from '../../lifecycle/handlerFunction';
import type { AdapterContext } from '../../adapterContext';
import { getEntry } from '../../values';
import type { RouteHandler } from '../../lifecycle/routes';
import { appModelFor } from '../appModel';

/**
 * Which Fastify routes a cross-site request can reach without a CORS preflight.
 *
 * Fastify parses only `application/json` and `text/plain` bodies by itself; any other content type of
 * a request that has a body (`Content-Length` present, even 0) is refused with 415 before a hook or
 * handler runs (Fastify's handleRequest and ContentTypeParser). A cross-site form posts
 * `application/x-www-form-urlencoded` or `multipart/form-data` unless told `enctype="text/plain"`, and
 * `fetch(…, { mode: 'no-cors', credentials: 'include' })` can send only those and `text/plain`; PUT,
 * PATCH and DELETE, and JSON, need a preflight. So in a package that registers no form-body parser
 * (@fastify/formbody, @fastify/multipart, a content-type parser of its own, Express middleware through
 * @fastify/express or @fastify/middie), a forged request is a POST whose body is a string: it reaches a
 * state change only through a route that declares no body schema (an object schema refuses a string) and
 * does not read fields of the body (a string has none), unless the handler parses the string itself.
 */
const FORM_PARSERS = ['@fastify/formbody', 'fastify-formbody', '@fastify/multipart', 'fastify-multipart', '@fastify/express', 'fastify-express', '@fastify/middie', 'middie'];
const FORM_PARSER_TEXT = /formbody|multipart|addContentTypeParser|@fastify\/express|fastify-express|middie/;

/**
 * Whether the package may parse bodies a cross-site form sends: a form-body plugin imported in any
 * file, any `addContentTypeParser` call, or a form-body plugin in package.json (its registration may be
 * out of sight). True when the package cannot be read: the routes then count as they always did.
 */
export function parsesFormBodies(context: AdapterContext): boolean {
  const project = context.file.project;
  if (!project.packageSources || FORM_PARSERS.some((name) => name in project.dependencies)) return true;
  return appModelFor(context).someFile('fastify-form-parser', FORM_PARSER_TEXT, (file) => file.importsAny(FORM_PARSERS) || addsContentTypeParser(file), context.file.budget);
}

function addsContentTypeParser(context: AdapterContext): boolean {
  return context.file.calls.some((call) => {
    const callee = unwrap(call.callee);
    return callee.type === 'MemberExpression' && memberName(callee) === 'addContentTypeParser';
  });
}

/**
 * Whether a forged POST with a `text/plain` (or empty) body can change state through this route, in a
 * package that parses no form bodies. `context` is the route's file: a handler defined in another module
 * (`handler: authHandler.login`) is read there; one that cannot be resolved counts as reachable. A logout
 * that reads no field is reachable too: a forged one signs the victim out.
 */
export function reachableByPlainTextPost(context: AdapterContext, route: RouteHandler): boolean {
  const methods = (route.route?.method ?? '?').split(',');
  if (!methods.some((method) => method === 'POST' || method === 'ALL' || method === '?')) return false;
  if (hasBodySchema(route)) return false;
  const handler = route.handler ?? referencedHandler(context, route.handlerReference);
  if (!handler) return true;
  const request = handler.params[0];
  const requestName = request?.type === 'Identifier' ? request.name : undefined;
  if (!requestName) return true;
  return !readsBodyFields(handler.body, requestName);
}

function hasBodySchema(route: RouteHandler): boolean {
  const options = route.routeOptions;
  const schema = options?.kind === 'object' ? getEntry(options, 'schema')?.value : undefined;
  const body = schema?.kind === 'object' ? getEntry(schema, 'body')?.value : undefined;
  if (!body) return false;
  // `body: { type: 'string' }` accepts the text a form sends.
  const type = body.kind === 'object' ? getEntry(body, 'type')?.value : undefined;
  return !(type?.kind === 'literal' && type.value === 'string');
}

/**
 * `request.body.title`, `const { title } = request.body`, `request.body['title']`: the handler uses
 * fields of an object body, and does not `JSON.parse(request.body)` the text itself.
 */
function readsBodyFields(root: Node, requestName: string): boolean {
  let readsField = false;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'CallExpression' && parsesBodyText(node, requestName)) return false;
    if (node.type === 'MemberExpression' && isRequestBody(unwrap(node.object), requestName)) readsField = true;
    if (node.type === 'VariableDeclarator' && node.id.type === 'ObjectPattern' && node.init && isRequestBody(unwrap(node.init), requestName)) readsField = true;
    stack.push(...childrenOf(node));
  }
  return readsField;
}

function isRequestBody(node: Node, requestName: string): boolean {
  if (node.type !== 'MemberExpression' || memberName(node) !== 'body') return false;
  const object = unwrap(node.object);
  return object.type === 'Identifier' && object.name === requestName;
}

/** `JSON.parse(request.body)`: the route reads JSON sent as text/plain, which a form can send. */
function parsesBodyText(call: TSESTree.CallExpression, requestName: string): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || memberName(callee) !== 'parse') return false;
  const object = unwrap(callee.object);
  const argument = call.arguments[0] && unwrap(call.arguments[0]);
  return object.type === 'Identifier' && object.name === 'JSON' && argument !== undefined && isRequestBody(argument, requestName);
}
