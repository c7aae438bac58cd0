import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { memberName, unwrap, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { isFastifyModule } from '../fastify/modules';
import { lookup } from '../scope';

/** Express response methods that return the response itself, so `res.status(401).cookie(…)` is still `res`. */
const CHAINABLE = new Set(['status', 'cookie', 'clearCookie', 'set', 'header', 'append', 'type', 'contentType', 'location', 'links', 'vary', 'attachment', 'setHeader']);

/** Fastify's reply objects: the Fastify adapters own them, even when they follow a `request` parameter. */
const FASTIFY_REPLY_NAMES = new Set(['reply', 'rep']);

/**
 * True when a call receiver is a Node/Express response: `res`, or a chain of response methods that
 * return it (`res.status(200).cookie(…)`). Fastify replies are left to the Fastify adapters: a
 * parameter named `reply` or typed `FastifyReply`, and any `res` in a file that imports Fastify
 * modules but not Express.
 */
export function isResponseReceiver(context: AdapterContext, node: Node): boolean {
  let current = unwrap(node);
  while (current.type === 'CallExpression') {
    const callee = unwrap(current.callee);
    if (callee.type !== 'MemberExpression' || !CHAINABLE.has(memberName(callee) ?? '')) return false;
    current = unwrap(callee.object);
  }
  if (current.type !== 'Identifier' || FASTIFY_REPLY_NAMES.has(current.name) || isTypedFastifyReply(context, current)) return false;
  if (!context.importedModules.has('express') && [...context.importedModules].some(isFastifyModule)) return false;
  return context.isResponse(current);
}

/** `reply: FastifyReply` under any name. */
function isTypedFastifyReply(context: AdapterContext, id: TSESTree.Identifier): boolean {
  const binding = lookup(context.file, id.name, id);
  const annotation = binding?.kind === 'param' ? binding.id.typeAnnotation?.typeAnnotation : undefined;
  if (annotation?.type !== 'TSTypeReference') return false;
  const name = annotation.typeName;
  return (name.type === 'Identifier' ? name.name : name.type === 'TSQualifiedName' ? name.right.name : undefined) === 'FastifyReply';
}

/** Calls of the form `<response>.<method>(…)` for one of `methods`, with the method's name. */
export function responseMethodCalls(context: AdapterContext, methods: ReadonlySet<string>): { call: TSESTree.CallExpression; method: string }[] {
  const found: { call: TSESTree.CallExpression; method: string }[] = [];
  for (const call of context.file.calls) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression') continue;
    const method = memberName(callee);
    if (method === undefined || !methods.has(method)) continue;
    if (isResponseReceiver(context, callee.object)) found.push({ call, method });
  }
  return found;
}
