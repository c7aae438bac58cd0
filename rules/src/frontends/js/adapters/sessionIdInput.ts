import type { SessionIdInputFact } from '../../../model/lifecycleFacts';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { childrenOf, dottedPath, isFunction, memberName, unwrap, type Node } from '../ast';
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
      if (input) push(context, assignment, file.excerpt(input));
    }
    for (const fact of context.facts.slice()) {
      if (fact.kind !== 'session-config' || !fact.optionsRange) continue;
      const node = findNodeAt(context, fact.optionsRange.start, fact.optionsRange.end);
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

function push(context: AdapterContext, node: Node, source: string): void {
  const fact: SessionIdInputFact = { kind: 'session-id-input', library: 'express-session', range: rangeOfNode(node), source, optionName: (key) => key };
  context.facts.push(fact);
}

function findNodeAt(context: AdapterContext, start: number, end: number): Node | undefined {
  for (const call of context.file.calls) {
    for (const argument of call.arguments) if (argument.range[0] === start && argument.range[1] === end) return argument;
  }
  return undefined;
}
