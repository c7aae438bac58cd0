import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { memberName, unwrap, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { isResponseReceiver } from '../adapters/response';
import { lookup } from '../scope';
import { isFastifyModule } from './modules';

/** Reply methods that return the reply, so `reply.code(201).setCookie(…)` is still the reply. */
const CHAINABLE = new Set(['code', 'status', 'header', 'headers', 'type', 'setCookie', 'cookie', 'clearCookie', 'removeHeader', 'redirect', 'hijack']);

/** Methods only @fastify/cookie puts on a reply: a plain parameter they are called on is a reply. */
const FASTIFY_ONLY_METHODS = new Set(['setCookie']);

/**
 * Parameter names of framework contexts that carry a `setCookie` of their own: better-auth's
 * middleware `ctx` (better-call), an app's tRPC context whose `setCookie` wraps the reply with its
 * own defaults, h3/SolidStart `event`, Hono's `c`, Playwright's `context`. Their options are not the
 * options @fastify/cookie receives, so they are never read as a reply outside a Fastify file.
 */
const CONTEXT_NAMES = /^(ctx|context|c|event|evt)$/;

/** A destructured response (`createContext({ req, res })` of tRPC's Fastify adapter) is the reply. */
const RESPONSE_NAMES = /^(res|response|resp)$/;

export interface ReplyCall {
  readonly call: TSESTree.CallExpression;
  readonly method: string;
  /** The reply parameter the chain starts from. */
  readonly reply: TSESTree.Identifier;
}

/**
 * Calls `<reply>.<method>(…)` on a Fastify reply, for one of `methods`. A receiver is a reply when
 * it is a parameter named `reply`/`rep` or typed `FastifyReply`; for `setCookie` any plain parameter
 * that is not named like a framework context (`(req, res) => res.setCookie(…)`, not
 * `({ ctx }) => ctx.setCookie(…)` in a tRPC router), a destructured `res` (`({ req, res }) =>`), or
 * any parameter in a Fastify file; for Express-looking names (`res.cookie`) only in files that
 * import Fastify modules and not Express, and never where the Express adapters already claim it.
 */
export function replyCalls(context: AdapterContext, methods: ReadonlySet<string>): ReplyCall[] {
  const found: ReplyCall[] = [];
  for (const call of context.file.calls) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression') continue;
    const method = memberName(callee);
    if (method === undefined || !methods.has(method)) continue;
    const reply = chainRoot(callee.object);
    if (!reply) continue;
    if (isFastifyReply(context, reply, FASTIFY_ONLY_METHODS.has(method)) && !isResponseReceiver(context, callee.object)) {
      found.push({ call, method, reply });
    }
  }
  return found;
}

/** The identifier a chain of reply methods starts from: `reply` in `reply.code(200).header(…)`. */
function chainRoot(node: Node): TSESTree.Identifier | undefined {
  let current = unwrap(node);
  while (current.type === 'CallExpression') {
    const callee = unwrap(current.callee);
    if (callee.type !== 'MemberExpression' || !CHAINABLE.has(memberName(callee) ?? '')) return undefined;
    current = unwrap(callee.object);
  }
  return current.type === 'Identifier' ? current : undefined;
}

/**
 * True when an identifier is a Fastify reply parameter. `fastifyOnlyMethod`: it is the receiver of
 * a method only Fastify replies have, so any plain parameter not named like a framework context
 * qualifies (see `replyCalls`).
 */
export function isFastifyReply(context: AdapterContext, id: TSESTree.Identifier, fastifyOnlyMethod = false): boolean {
  const binding = lookup(context.file, id.name, id);
  if (!binding || binding.kind !== 'param') return false;
  if (isTypedReply(binding.id)) return true;
  if (id.name === 'reply' || id.name === 'rep') return true;
  const fastifyFile = [...context.importedModules].some(isFastifyModule) && !context.importedModules.has('express');
  if (fastifyOnlyMethod) return fastifyFile || (binding.path.length === 0 ? !CONTEXT_NAMES.test(id.name) : RESPONSE_NAMES.test(id.name));
  return fastifyFile && context.isResponse(id);
}

/** `reply: FastifyReply` (or a generic `FastifyReply<…>`). */
function isTypedReply(id: TSESTree.Identifier): boolean {
  const annotation = id.typeAnnotation?.typeAnnotation;
  if (annotation?.type !== 'TSTypeReference') return false;
  const name = annotation.typeName.type === 'Identifier' ? annotation.typeName.name : annotation.typeName.type === 'TSQualifiedName' ? annotation.typeName.right.name : undefined;
  return name === 'FastifyReply';
}
