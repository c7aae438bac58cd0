import type { Node } from 'web-tree-sitter';
import type { RouteInfo } from '../../../model/lifecycleFacts';
import { rangeOf } from '../syntax';
import { comparesMethodWithPost } from './scriptRequest';
import type { PhpFlow } from './authFlow';
import type { AuthUnit } from './authUnits';
import { branchHolding, requestBranches } from './requestBranches';

/** The superglobals a login form or a JSON login posts to. */
const REQUEST_INPUT = new Set(['_POST', '_REQUEST']);

/**
 * A plain PHP login script as a route: `POST login.php`, placed where a limiter goes, before the
 * credential is looked at: on the condition of the `if` that opens the request branch holding the
 * login (`if ($_SERVER['REQUEST_METHOD'] == 'POST')`, `if (isset($_POST['login_user']))`), where
 * the blind labellers put it — the branch that writes the user, not an earlier one that checks a
 * token or a read of the form above it. Else on the script's first read of the posted form or of
 * the raw body (`file_get_contents('php://input')`). Undefined when the script reads neither.
 */
export function scriptLoginRoute(unit: AuthUnit, flow: PhpFlow): RouteInfo | undefined {
  const firstWrite = [...flow.identityWrites].sort((a, b) => a.startIndex - b.startIndex)[0];
  const holding = unit.branch ?? (firstWrite ? branchHolding(requestBranches(unit.body), firstWrite) : undefined);
  const first = holding?.condition ?? firstInput(unit.body);
  if (!first) return undefined;
  const range = rangeOf(holding ? first : (branchCondition(first) ?? first));
  return { method: 'POST', path: `${unit.name}.php`, range, pathRange: range };
}

/** The condition of the `if` whose condition holds the node (not one inside its branches). */
function branchCondition(node: Node): Node | undefined {
  for (let current: Node | null = node; current?.parent; current = current.parent) {
    const owner = current.parent;
    if ((owner.type === 'if_statement' || owner.type === 'else_if_clause') && owner.childForFieldName('condition')?.id === current.id) return current;
    if (owner.type.endsWith('_statement') || owner.type === 'compound_statement') return undefined;
  }
  return undefined;
}

/** Whether the script limits attempts itself (see {@link PhpFlow.throttles}). */
export function scriptThrottled(flow: PhpFlow): boolean {
  return flow.throttles.length > 0;
}

function firstInput(body: Node): Node | undefined {
  const candidates: Node[] = [];
  const variable = body.descendantsOfType('variable_name').find((node) => node !== null && REQUEST_INPUT.has(node.text.replace(/^\$/, '')));
  if (variable) candidates.push(variable);
  const rawBody = body.descendantsOfType(['string', 'encapsed_string']).find((node) => node !== null && /^['"]php:\/\/input['"]$/.test(node.text));
  if (rawBody) candidates.push(rawBody);
  // `$_SERVER['REQUEST_METHOD'] == 'POST'`: the POST branch opens before the form is read.
  const method = body.descendantsOfType('subscript_expression').find((node) => node !== null && comparesMethodWithPost(node));
  if (method) candidates.push(method);
  return candidates.sort((a, b) => a.startIndex - b.startIndex)[0];
}

