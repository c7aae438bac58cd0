import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { unwrap, type Node } from '../ast';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import type { FileContext } from '../fileContext';
import { rangeOfNode } from '../optionValues';
import type { TextRange } from '../../../model/range';
import { cookieStringFact } from './cookieStringFact';
import { responseMethodCalls } from './response';
import { builtStrings } from './stringParts';

/** Response methods that take a header name and value, or an object of headers. */
const METHODS: ReadonlySet<string> = new Set(['setHeader', 'appendHeader', 'set', 'header', 'append', 'writeHead']);

/**
 * Set-Cookie headers written by hand on a Node/Express response: `res.setHeader('Set-Cookie', v)`,
 * `res.set/header/append(…)`, `res.set({ 'Set-Cookie': v })`, `res.writeHead(200, [msg], { 'Set-Cookie': v })`.
 * `v` is a string, a template, a concatenation, or an array of them; each cookie is one fact.
 */
export const setCookieHeaderAdapter: JsAdapter = {
  name: 'set-cookie-header',
  collect(context) {
    for (const { call, method } of responseMethodCalls(context, METHODS)) {
      for (const { node, file } of setCookieValues(context, call, method)) {
        const use: TextRange | undefined = file === context.file ? undefined : rangeOfNode(call);
        for (const built of builtStrings(context, node, file, 0, use)) context.facts.push(cookieStringFact('set-cookie-header', built, 'absent'));
      }
    }
  },
};

export function isSetCookieName(context: AdapterContext, node: Node | undefined): boolean {
  if (!node || node.type === 'SpreadElement') return false;
  const name = context.resolver.resolve(node, context.file);
  return name.kind === 'literal' && typeof name.value === 'string' && name.value.toLowerCase() === 'set-cookie';
}

/** The expressions a call writes as Set-Cookie header values, with the file they are written in. */
function setCookieValues(context: AdapterContext, call: TSESTree.CallExpression, method: string): { node: Node; file: FileContext }[] {
  const args = call.arguments;
  if (args.some((a) => a.type === 'SpreadElement')) return [];
  if (method === 'writeHead') {
    // writeHead(status, headers) or writeHead(status, statusMessage, headers).
    return args.length >= 2 ? headersObjectValues(context, args[args.length - 1]!) : [];
  }
  if (args.length === 1 && (method === 'set' || method === 'header')) return headersObjectValues(context, args[0]!);
  if (args.length >= 2 && isSetCookieName(context, args[0])) return [{ node: args[1]!, file: context.file }];
  return [];
}

/** The Set-Cookie entry of a headers object (header names match case-insensitively; the last one wins). */
export function headersObjectValues(context: AdapterContext, node: Node): { node: Node; file: FileContext }[] {
  const headers = context.resolver.resolve(unwrap(node), context.file);
  if (headers.kind !== 'object') return [];
  for (let i = headers.entries.length - 1; i >= 0; i--) {
    const entry = headers.entries[i]!;
    if (entry.key.toLowerCase() !== 'set-cookie') continue;
    const property = entry.property;
    if (property?.type === 'Property' && property.value.type !== 'AssignmentPattern' && property.value.type !== 'ObjectPattern' && property.value.type !== 'ArrayPattern' && property.value.type !== 'TSEmptyBodyFunctionExpression') {
      return [{ node: property.value, file: entry.file }];
    }
    return [];
  }
  return [];
}
