import type { SessionIdInputFact } from '../../../model/lifecycleFacts';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { childrenOf, dottedPath, isFunction, memberName, stringLiteral, unwrap, type Node } from '../ast';
import { FASTIFY_MODULES } from '../lifecycle/framework';
import { rangeOfNode } from '../optionValues';
import { getEntry } from '../values';

const INPUT_PROPERTIES = new Set(['query', 'body', 'params', 'headers', 'cookies', 'signedCookies']);

/** `req.query.sid`, `req.headers['x-session']`: the request input an expression reads, if any. */
function requestInput(node: Node): Node | undefined {
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'MemberExpression') {
      const object = unwrap(current.object);
      if (object.type === 'MemberExpression' && INPUT_PROPERTIES.has(memberName(object) ?? '')) return current;
      if (INPUT_PROPERTIES.has(memberName(current) ?? '') && object.type === 'Identifier' && /^(req|request)$/.test(object.name)) return current;
    }
    if (isFunction(current)) continue;
    stack.push(...childrenOf(current));
  }
  return undefined;
}

/**
 * Session ids taken from request input: `req.sessionID = req.query.sid`, `req.session.id = …`, or an
 * express-session `genid` / @fastify/session `idGenerator` that returns what the client sent.
 */
export const sessionIdInputAdapter: JsAdapter = {
  name: 'session-id-input',
  collect(context) {
    const file = context.file;
    for (const assignment of file.assignments) {
      const left = unwrap(assignment.left);
      if (left.type !== 'MemberExpression') continue;
      const path = dottedPath(left);
      const isSessionId = memberName(left) === 'sessionID' || memberName(left) === 'sessionId' || (path !== undefined && path.slice(-2).join('.') === 'session.id');
      const input = isSessionId ? requestInput(assignment.right) : undefined;
      if (input && ownerIsPlainObject(context, left)) continue;
      if (input) push(context, assignment, file.excerpt(input));
    }
    for (const call of file.calls) {
      const input = idFromInputCall(call);
      if (input) push(context, call, file.excerpt(input));
    }
    for (const fact of context.facts.slice()) {
      if (fact.kind !== 'session-config' || !fact.optionsRange) continue;
      const node = argumentAt(context, fact.optionsRange.start, fact.optionsRange.end);
      if (!node) continue;
      const options = context.resolver.resolve(node, file);
      if (options.kind !== 'object') continue;
      for (const key of ['genid', 'idGenerator']) {
        const entry = getEntry(options, key);
        if (entry?.value.kind !== 'function') continue;
        const input = requestInput(entry.value.node.body);
        if (input) push(context, entry.property ?? entry.value.node, entry.value.file.excerpt(input));
      }
    }
  },
};

/**
 * `filters.sessionId = req.query.sessionId` with `const filters = {}`: a field of an object the app wrote
 * (Flowise's executions listing filters by a chat conversation id), not the request or its session,
 * whose ids the session library owns.
 */
function ownerIsPlainObject(context: AdapterContext, target: TSESTree.MemberExpression): boolean {
  const owner = unwrap(target.object);
  if (owner.type !== 'Identifier') return false;
  const value = context.resolver.resolve(owner, context.file);
  return value.kind === 'object' && value.node?.type === 'ObjectExpression';
}

/** Cookie names a session library reads its id from (express-session, @fastify/session, their common renames). */
const SESSION_COOKIE = /^(connect\.sid|sessionId|sid|session_?id|__Host-sid|__Secure-sid)$/i;

/**
 * Calls that make a session of an id the client sent: loading it from the store
 * (`req.sessionStore.get(req.query.sid, …)`), @fastify/session's `fastify.decryptSession(id, request, cb)`,
 * or writing the session cookie with it (`res.cookie('connect.sid', req.query.sid)`).
 */
function idFromInputCall(call: TSESTree.CallExpression): Node | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || !call.arguments[0]) return undefined;
  const method = memberName(callee);
  const object = unwrap(callee.object);
  const first = call.arguments[0];
  if ((method === 'get' || method === 'load') && object.type === 'MemberExpression' && memberName(object) === 'sessionStore') return requestInput(first);
  // decryptSession() of the session cookie is what @fastify/session does itself; any other source hands the choice to the client.
  if (method === 'decryptSession') {
    const input = requestInput(first);
    const from = input?.type === 'MemberExpression' ? unwrap(input.object) : undefined;
    return from?.type === 'MemberExpression' && /^(cookies|signedCookies)$/.test(memberName(from) ?? '') ? undefined : input;
  }
  if ((method === 'cookie' || method === 'setCookie') && call.arguments[1] && SESSION_COOKIE.test(stringLiteral(first) ?? '')) return requestInput(call.arguments[1]);
  return undefined;
}

function push(context: AdapterContext, node: Node, source: string): void {
  const library = context.importsAny(FASTIFY_MODULES) ? '@fastify/session' : 'express-session';
  const fact: SessionIdInputFact = { kind: 'session-id-input', library, range: rangeOfNode(node), source, optionName: (key) => key };
  context.facts.push(fact);
}

/**
 * The call argument at a range: the calls that start at or before it (FileContext's binary search),
 * asked nearest first. Building a map of every argument of every call cost more than the few
 * session configs a file has.
 */
function argumentAt(context: AdapterContext, start: number, end: number): Node | undefined {
  const calls = context.file.calls;
  // An argument belongs to one call, which starts before it and ends after it.
  for (let i = context.file.callIndexFrom(start + 1) - 1; i >= 0; i--) {
    const call = calls[i]!;
    if (call.range[1] < end) continue;
    const argument = call.arguments.find((a) => a.range[0] === start && a.range[1] === end);
    if (argument) return argument;
  }
  return undefined;
}
