import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunction, memberName, unwrap, type FunctionNode, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { lookup } from '../scope';

export type Framework = 'express' | 'fastify' | 'nest';

export const FASTIFY_MODULES = ['fastify', 'fastify-plugin', '@fastify/session', '@fastify/secure-session', '@fastify/cookie', '@fastify/autoload', '@fastify/rate-limit', '@fastify/csrf-protection'];

const REPLY_NAME = /^_?(reply|rep|rply)$/;
const PLUGIN_INSTANCE_NAME = /^(fastify|instance|server)$/;

/**
 * Whether a route belongs to a Fastify app. A plugin file often imports nothing from Fastify
 * (`module.exports = async function (fastify, opts) { … }`), so the handler and the object the
 * route is registered on are asked too: a `reply` parameter, Fastify types, `reply.code()`,
 * an instance that is a plugin's first parameter.
 */
export function isFastifyRoute(context: AdapterContext, routeObject: Node | undefined, handler: FunctionNode | undefined): boolean {
  if (context.importsAny(FASTIFY_MODULES)) return true;
  if (handler && looksLikeFastifyHandler(context, handler)) return true;
  const object = routeObject && unwrap(routeObject);
  return object?.type === 'Identifier' && isPluginInstance(context, object);
}

function typeName(param: TSESTree.Parameter | undefined): string | undefined {
  const target = param?.type === 'TSParameterProperty' ? param.parameter : param;
  const annotation = target && 'typeAnnotation' in target ? target.typeAnnotation?.typeAnnotation : undefined;
  if (annotation?.type !== 'TSTypeReference') return undefined;
  const name = annotation.typeName;
  return name.type === 'Identifier' ? name.name : name.type === 'TSQualifiedName' ? name.right.name : undefined;
}

function paramName(param: TSESTree.Parameter | undefined): string | undefined {
  const target = param?.type === 'TSParameterProperty' ? param.parameter : param;
  return target?.type === 'Identifier' ? target.name : undefined;
}

function looksLikeFastifyHandler(context: AdapterContext, fn: FunctionNode): boolean {
  const reply = paramName(fn.params[1]);
  if (reply && REPLY_NAME.test(reply)) return true;
  if (fn.params.some((p) => /^Fastify(Request|Reply)$/.test(typeName(p) ?? ''))) return true;
  // `reply.code(401)` is Fastify's; Express writes `res.status(401)`.
  return reply !== undefined && callsMethodOn(context, fn.body, reply, 'code');
}

function callsMethodOn(context: AdapterContext, root: Node, objectName: string, method: string): boolean {
  return context.file.callsWithin(root).some((call) => {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression' || memberName(callee) !== method) return false;
    const object = unwrap(callee.object);
    return object.type === 'Identifier' && object.name === objectName;
  });
}

/** `fastify` in `async function routes(fastify, opts) {…}` or `app.register(async (instance) => {…})`. */
function isPluginInstance(context: AdapterContext, id: TSESTree.Identifier): boolean {
  const binding = lookup(context.file, id.name, id);
  if (binding?.kind !== 'param' || binding.index !== 0 || binding.path.length > 0) return false;
  if (PLUGIN_INSTANCE_NAME.test(id.name)) return true;
  const parent = context.file.parentOf(binding.fn);
  if (parent?.type === 'CallExpression' && parent.arguments.includes(binding.fn as TSESTree.CallExpressionArgument)) {
    const callee = unwrap(parent.callee);
    if (callee.type === 'MemberExpression' && memberName(callee) === 'register') return true;
    if (callee.type === 'Identifier' && callee.name === 'fp') return true;
  }
  const options = paramName(binding.fn.params[1]);
  return options !== undefined && /^_?(opts|options)$/.test(options) && isFunction(binding.fn);
}
