import type { Node } from 'web-tree-sitter';
import type { SessionIdInputFact } from '../../../model/lifecycleFacts';
import type { PhpAdapter } from '../adapterContext';
import type { PhpFile } from '../fileContext';
import { namedChildren, rangeOf, unwrapParentheses } from '../syntax';
import { readsOwnSessionCookie } from './ownSessionCookie';
import { argument, calledName, callTarget, className, isSessionObject, variableName } from './authSyntax';

const INPUT_SUPERGLOBALS = new Set(['_GET', '_POST', '_REQUEST', '_COOKIE']);
/** Laravel's request readers (`$request->input('sid')`, `request('sid')`) and Symfony's bags (`$request->query->get('sid')`). */
const REQUEST_READERS = new Set(['input', 'query', 'post', 'get', 'cookie', 'header', 'string', 'str', 'route', 'json', 'all']);
const SYMFONY_BAGS = new Set(['query', 'request', 'cookies', 'headers', 'attributes']);
const MAX_STEPS = 50;
const METHOD_CALLS: ReadonlySet<string> = new Set(['member_call_expression', 'scoped_call_expression']);

/**
 * Session ids a framework session takes from the request: Laravel's `session()->setId($request->input('sid'))`,
 * `Session::setId(…)`, Symfony's `$session->setId($request->query->get('sid'))`. PHP's own
 * `session_id($_GET['sid'])` is read by the session runtime adapter.
 */
export const lifecycleSessionIdAdapter: PhpAdapter = {
  name: 'php-session-id-input',
  collect(context) {
    if (!context.file.mentions(/setid/i)) return;
    for (const call of context.file.nodesOfTypes(METHOD_CALLS)) {
      if (calledName(call) !== 'setid' || !isSessionObject(callTarget(call))) continue;
      const id = argument(call, 0, 'id');
      const input = id ? requestInput(context.file, id) : undefined;
      if (!input) continue;
      const fact: SessionIdInputFact = { kind: 'session-id-input', library: 'laravel', range: rangeOf(call), source: context.file.excerpt(input), optionName: () => 'setId()' };
      context.facts.push(fact);
    }
  },
};

/** The request read an expression is made of, following variables assigned once. */
export function requestInput(file: PhpFile, expression: Node): Node | undefined {
  const stack: Node[] = [expression];
  for (let steps = 0; stack.length > 0 && steps < MAX_STEPS; steps++) {
    const node = unwrapParentheses(stack.pop()!);
    // The session's own cookie (Laravel's StartSession) is the id the library reads anyway.
    if (readsOwnSessionCookie(node, file)) continue;
    if (isRequestRead(node)) return node;
    if (node.type === 'variable_name') {
      const name = variableName(node);
      const writes = name ? file.writesTo(file.scopeOf(node), name) : [];
      if (writes.length === 1 && writes[0]!.kind === 'assign') stack.push(writes[0]!.value);
      continue;
    }
    stack.push(...namedChildren(node));
  }
  return undefined;
}

function isRequestRead(node: Node): boolean {
  if (node.type === 'subscript_expression') return INPUT_SUPERGLOBALS.has(variableName(namedChildren(node)[0]) ?? '');
  if (node.type === 'function_call_expression') return calledName(node) === 'request' && namedChildren(node.childForFieldName('arguments') ?? node).length > 0;
  if (node.type === 'scoped_call_expression') return className(callTarget(node)) === 'request' && REQUEST_READERS.has(calledName(node) ?? '');
  if (node.type !== 'member_call_expression') return false;
  const target = callTarget(node);
  const name = calledName(node) ?? '';
  // $request->input('sid'), request()->query('sid')
  if (REQUEST_READERS.has(name) && isRequestObject(target)) return true;
  // $request->query->get('sid')
  return target?.type === 'member_access_expression' && SYMFONY_BAGS.has(target.childForFieldName('name')?.text ?? '') && isRequestObject(target.childForFieldName('object') ?? undefined);
}

function isRequestObject(node: Node | undefined): boolean {
  if (!node) return false;
  const target = unwrapParentheses(node);
  if (target.type === 'variable_name') return /^request$/i.test(variableName(target) ?? '');
  return target.type === 'function_call_expression' && calledName(target) === 'request';
}
