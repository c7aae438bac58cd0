import type { AdapterContext } from '../adapterContext';
import { memberName, unwrap, type Node } from '../ast';
import type { FileContext } from '../fileContext';
import { lookup } from '../scope';
import { getEntry, type JsValue } from '../values';
import { declaredType, enclosingClass } from './helperTargets';

/**
 * Names an HTTP client goes by in front-end code (`this.$http.post(…)`, `this.$axios.post(…)`, jQuery's
 * `$.post('/login', data, callback)` in a page script under `public/`), bound or not.
 */
const CLIENT_NAMES = new Set(['axios', '$axios', '$http', 'superagent', 'ky', 'got', '$', 'jQuery']);

/**
 * Packages whose objects' get/post/put/delete send a request instead of registering a route: axios
 * and the clients it is made from (`axios.create()`), Nest's `HttpService` (@nestjs/axios, and
 * @nestjs/common before v8), Angular's `HttpClient`, and the other Node clients.
 */
const CLIENT_PACKAGES = new Set(['axios', 'superagent', 'ky', 'got', 'needle', '@nestjs/axios', '@angular/common/http']);

/** `HttpService` of @nestjs/common (Nest ≤ 7): the one client that package exports. */
const NEST_COMMON_CLIENT = 'HttpService';

/**
 * Whether the object of an `x.post('/path', …)` call is an HTTP client, so the call sends a request
 * (ValValeria's Nest controller `this.httpService.post('/api/auth/login', user)`, a React app's
 * `api.post('/auth/login', data)` with `export const api = axios.create(…)` in another module). Asked
 * only of calls shaped like a route registration, so the few resolutions it needs stay cheap.
 */
export function isHttpClient(context: AdapterContext, object: Node): boolean {
  const target = unwrap(object);
  const name = target.type === 'Identifier' ? target.name : target.type === 'MemberExpression' ? memberName(target) : undefined;
  if (name !== undefined && CLIENT_NAMES.has(name)) return true;
  // `this.httpService`: the client is the injected property's declared type.
  if (target.type === 'MemberExpression' && unwrap(target.object).type === 'ThisExpression' && name !== undefined) {
    const owner = enclosingClass(context.file, target);
    const type = owner ? declaredType(owner, name) : undefined;
    const binding = type && owner ? lookup(context.file, type.name, owner) : undefined;
    return binding?.kind === 'import' && isClientImport(binding.source, binding.imported);
  }
  if (target.type !== 'Identifier' && target.type !== 'MemberExpression') return false;
  // One resolution per object of the file: a routes file registers hundreds of routes on one `router`.
  let answers = answersByFile.get(context.file);
  if (!answers) answersByFile.set(context.file, (answers = new Map()));
  const key = objectKey(context, target);
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = fromClientPackage(context.resolver.resolve(target, context.file));
    answers.set(key, answer);
  }
  return answer;
}

const answersByFile = new WeakMap<FileContext, Map<string, boolean>>();

/** The object's text and where its root name is declared: `router` of one scope is not `router` of another. */
function objectKey(context: AdapterContext, target: Node): string {
  let root = target;
  while (root.type === 'MemberExpression') root = unwrap(root.object);
  const binding = root.type === 'Identifier' ? lookup(context.file, root.name, root) : undefined;
  const declared = binding && 'id' in binding ? binding.id.range[0] : binding && 'node' in binding ? binding.node.range[0] : -1;
  return `${context.file.text.slice(target.range[0], target.range[1])}@${declared}`;
}

function isClientImport(source: string, imported: string): boolean {
  return CLIENT_PACKAGES.has(source) || (source === '@nestjs/common' && imported === NEST_COMMON_CLIENT);
}

/**
 * Methods an app's own client object writes for the verbs it sends: novu's `export const api = { get(url) {…},
 * post(url, payload) { return axios.post(…) } }`, called as `api.post('/v1/auth/login', data)` in a React form.
 * A router is made by its framework (`express.Router()`, `new Router()`), never written as an object literal.
 */
const VERB_METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** A client package itself (`import http from 'axios'`), or what one of its functions makes (`axios.create()`, `new HttpClient()`), or an object literal with the verbs as methods. */
function fromClientPackage(value: JsValue): boolean {
  if (value.kind === 'object') return VERB_METHODS.some((verb) => getEntry(value, verb)?.value.kind === 'function');
  if (value.kind === 'module') return isClientImport(value.module, value.path[0] ?? 'default');
  if (value.kind === 'call' || value.kind === 'instance') {
    const made = value.kind === 'call' ? value.callee : value.of;
    return made.kind === 'module' && isClientImport(made.module, made.path[0] ?? 'default');
  }
  return false;
}
