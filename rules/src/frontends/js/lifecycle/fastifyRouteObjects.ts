import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { memberName, staticKey, stringLiteral, unwrap, walk, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { lookup } from '../scope';
import { getEntry, type ObjectValue } from '../values';

/*
 * Fastify route option objects written apart from the `route()` call that registers them:
 * `const signIn: RouteOptions = { method: 'POST', url: '/signin', handler }` + `server.route(signIn)`,
 * a list of them registered in a loop (`routes.forEach((r) => app.route(r))`, `for (const r of routes) app.route(r)`),
 * and route modules that only declare them (`export default [{ method: 'POST', url: '/login', handler }]`)
 * for a file elsewhere to register.
 */

const VERBS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'SEARCH']);
/** Array methods whose callback receives each element: `routes.forEach((route) => app.route(route))`. */
const ITERATING_METHODS = new Set(['forEach', 'map']);
/** A file that may declare a route object: cheap text tests before the walk. */
const DECLARATION_TEXT = /\burl\s*:/;
const HANDLER_TEXT = /\bhandler\b/;

/**
 * The option objects one `x.route(argument)` call registers: the object an identifier holds, or each
 * object of the list a loop variable runs over. Empty when the argument is none of these (Express's
 * `router.route('/path')`, a value of another module's making).
 */
export function registeredRouteOptions(context: AdapterContext, argument: Node): ObjectValue[] {
  const target = unwrap(argument);
  if (target.type === 'ObjectExpression' || target.type === 'Literal' || target.type === 'TemplateLiteral') return [];
  const direct = context.resolver.resolve(target, context.file);
  if (direct.kind === 'object') return isRouteObject(direct) ? [direct] : [];
  if (target.type !== 'Identifier') return [];
  const list = iteratedList(context, target);
  if (!list) return [];
  const value = context.resolver.resolve(list, context.file);
  return value.kind === 'array' ? value.elements.filter((e): e is ObjectValue => e.kind === 'object' && isRouteObject(e)) : [];
}

/** The list an identifier runs over: `routes` of `routes.forEach((r) => …)` or of `for (const r of routes)`. */
function iteratedList(context: AdapterContext, id: TSESTree.Identifier): Node | undefined {
  const binding = lookup(context.file, id.name, id);
  if (binding?.kind === 'param' && binding.index === 0 && binding.path.length === 0) {
    const call = context.file.parentOf(binding.fn);
    if (call?.type !== 'CallExpression' || call.arguments[0] !== binding.fn) return undefined;
    const callee = unwrap(call.callee);
    return callee.type === 'MemberExpression' && ITERATING_METHODS.has(memberName(callee) ?? '') ? callee.object : undefined;
  }
  for (let current = context.file.parentOf(id); current; current = context.file.parentOf(current)) {
    if (current.type !== 'ForOfStatement' || current.left.type !== 'VariableDeclaration') continue;
    const declared = current.left.declarations[0]?.id;
    if (declared?.type === 'Identifier' && declared.name === id.name) return current.right;
  }
  return undefined;
}

/** `{ method, url, handler }`: what Fastify's full route declaration needs (`path` stands for `url` too). */
export function isRouteObject(value: ObjectValue): boolean {
  return getEntry(value, 'handler') !== undefined && (getEntry(value, 'url') ?? getEntry(value, 'path')) !== undefined && getEntry(value, 'method') !== undefined;
}

/**
 * Route objects this file declares that no `route()` call of this file registers (`registered` holds the
 * object nodes those calls took): a route module's exports, registered by a file elsewhere. Only objects
 * whose method is an HTTP verb and whose `url` a string path, in a file of a Fastify app: `path` instead
 * of `url` is hapi's route shape, which is left alone unless the file imports Fastify.
 */
export function declaredRouteObjects(context: AdapterContext, registered: ReadonlySet<Node>, fastifyApp: boolean): TSESTree.ObjectExpression[] {
  const text = context.file.text;
  if (!fastifyApp || !DECLARATION_TEXT.test(text) || !HANDLER_TEXT.test(text)) return [];
  const importsFastify = context.importsAny(['fastify', 'fastify-plugin']);
  const found: TSESTree.ObjectExpression[] = [];
  walk(context.file.program, (node) => {
    if (node.type !== 'ObjectExpression' || registered.has(node)) return;
    const keys = new Map<string, Node>();
    for (const property of node.properties) {
      const key = property.type === 'Property' ? staticKey(property.key, property.computed) : undefined;
      if (key && property.type === 'Property') keys.set(key, property.value);
    }
    const path = keys.get('url') ?? (importsFastify ? keys.get('path') : undefined);
    if (!path || !keys.has('handler') || !keys.has('method') || !stringLiteral(path)?.startsWith('/')) return;
    if (methodsOf(keys.get('method')!).every((m) => VERBS.has(m))) found.push(node);
  });
  return found;
}

function methodsOf(node: Node): string[] {
  const target = unwrap(node);
  if (target.type === 'ArrayExpression') return target.elements.map((e) => (e && e.type !== 'SpreadElement' ? (stringLiteral(e) ?? '?').toUpperCase() : '?'));
  return [(stringLiteral(target) ?? '?').toUpperCase()];
}
