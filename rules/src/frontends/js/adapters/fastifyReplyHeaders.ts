import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TextRange } from '../../../model/range';
import { memberName, unwrap, type Node } from '../ast';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import type { FileContext } from '../fileContext';
import { isFastifyReply, replyCalls } from '../fastify/reply';
import { rangeOfNode } from '../optionValues';
import { cookieStringFact } from './cookieStringFact';
import { headersObjectValues, isSetCookieName } from './setCookieHeader';
import { builtStrings } from './stringParts';

/** Reply methods that write headers: `header(name, value)` and `headers({ … })`. */
const REPLY_METHODS = new Set(['header', 'headers']);

/** Methods of the raw Node response behind a reply (`reply.raw`). */
const RAW_METHODS = new Set(['setHeader', 'appendHeader', 'writeHead']);

/**
 * Set-Cookie headers written by hand on a Fastify reply: `reply.header('set-cookie', v)`,
 * `reply.headers({ 'Set-Cookie': v })`, and on the raw response `reply.raw.setHeader('Set-Cookie', v)`
 * / `reply.raw.writeHead(200, { … })`. The header strings are read by the same parser as Express's.
 */
export const fastifyReplyHeadersAdapter: JsAdapter = {
  name: 'fastify-reply-headers',
  collect(context) {
    const writes: { call: TSESTree.CallExpression; values: { node: Node; file: FileContext }[] }[] = [];
    for (const { call, method } of replyCalls(context, REPLY_METHODS)) writes.push({ call, values: headerValues(context, call, method) });
    for (const call of rawReplyCalls(context)) writes.push({ call, values: rawHeaderValues(context, call) });
    for (const { call, values } of writes) {
      for (const { node, file } of values) {
        const use: TextRange | undefined = file === context.file ? undefined : rangeOfNode(call);
        for (const built of builtStrings(context, node, file, 0, use)) context.facts.push(cookieStringFact('set-cookie-header', built, 'absent'));
      }
    }
  },
};

function headerValues(context: AdapterContext, call: TSESTree.CallExpression, method: string): { node: Node; file: FileContext }[] {
  const args = call.arguments;
  if (args.some((a) => a.type === 'SpreadElement')) return [];
  if (method === 'headers') return args.length === 1 ? headersObjectValues(context, args[0]!) : [];
  return args.length >= 2 && isSetCookieName(context, args[0]) ? [{ node: args[1]!, file: context.file }] : [];
}

/** `<reply>.raw.<method>(…)`, found through the reply calls' own receiver test. */
function rawReplyCalls(context: AdapterContext): TSESTree.CallExpression[] {
  const found: TSESTree.CallExpression[] = [];
  for (const call of context.file.calls) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression' || !RAW_METHODS.has(memberName(callee) ?? '')) continue;
    const raw = unwrap(callee.object);
    if (raw.type !== 'MemberExpression' || memberName(raw) !== 'raw') continue;
    const reply = unwrap(raw.object);
    if (reply.type === 'Identifier' && isFastifyReply(context, reply)) found.push(call);
  }
  return found;
}

function rawHeaderValues(context: AdapterContext, call: TSESTree.CallExpression): { node: Node; file: FileContext }[] {
  const args = call.arguments;
  if (args.some((a) => a.type === 'SpreadElement')) return [];
  if (memberName(unwrap(call.callee) as TSESTree.MemberExpression) === 'writeHead') return args.length >= 2 ? headersObjectValues(context, args[args.length - 1]!) : [];
  return args.length >= 2 && isSetCookieName(context, args[0]) ? [{ node: args[1]!, file: context.file }] : [];
}
