import type { Node } from 'web-tree-sitter';
import type { RouteInfo } from '../../../model/lifecycleFacts';
import { rangeOf } from '../syntax';
import type { PhpFlow } from './authFlow';
import type { AuthUnit } from './authUnits';

/** The superglobals a login form or a JSON login posts to. */
const REQUEST_INPUT = new Set(['_POST', '_REQUEST']);

/**
 * A plain PHP login script as a route: `POST login.php`, placed on the script's first read of the
 * posted form (`if (isset($_POST['login']))`) or of the raw body (`file_get_contents('php://input')`),
 * where a limiter goes: before the credential is looked at. Undefined when the script reads neither.
 */
export function scriptLoginRoute(unit: AuthUnit): RouteInfo | undefined {
  const first = firstInput(unit.body);
  if (!first) return undefined;
  const range = rangeOf(first);
  return { method: 'POST', path: `${unit.name}.php`, range, pathRange: range };
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
  return candidates.sort((a, b) => a.startIndex - b.startIndex)[0];
}
