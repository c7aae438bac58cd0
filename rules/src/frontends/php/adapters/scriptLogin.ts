import type { Node } from 'web-tree-sitter';
import type { RouteInfo } from '../../../model/lifecycleFacts';
import { includersOf } from '../app/includers';
import { INCLUDE_TYPES, type PhpFile } from '../fileContext';
import { rangeOf } from '../syntax';
import { calledName } from './authSyntax';
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


/** Superglobals a request's credentials can arrive in (a form, a query, a remember-me cookie, HTTP Basic auth). */
const REQUEST_SUPERGLOBALS = new Set(['_POST', '_GET', '_REQUEST', '_COOKIE', '_SERVER', '_FILES']);
/** Calls that read the request or pull variables in from elsewhere (`extract($_POST)`, `$$name`, `global $user`). */
const REQUEST_CALLS = new Set(['filter_input', 'filter_input_array', 'getallheaders', 'apache_request_headers', 'file_get_contents', 'extract', 'parse_str', 'import_request_variables']);

/**
 * A script that cannot log anyone in when it is requested: it reads nothing of the request (no
 * superglobal, no raw body, no `filter_input()`), includes nothing and pulls in no variables
 * (`global`, `extract()`, `$$name`), so a credential check in it compares values that are never set
 * (PHP has had no register_globals since 5.4), and no file of the application includes it. A page of
 * copy-paste instructions (`LOGIN_UPDATE_INSTRUCTIONS.php`: "add this code to your login.php") is such
 * a file. A fragment that another file includes is still judged: its variables come from there.
 */
export function unreachableLogin(file: PhpFile): boolean {
  if (file.nodesOfTypes(INCLUDE_TYPES).length > 0) return false;
  if (file.root.descendantsOfType(['global_declaration', 'dynamic_variable_name']).some((n) => n !== null)) return false;
  if (file.root.descendantsOfType('variable_name').some((n) => n !== null && REQUEST_SUPERGLOBALS.has(n.text.replace(/^\$/, '')))) return false;
  if (file.nodesOfType('function_call_expression').some((call) => REQUEST_CALLS.has(calledName(call) ?? ''))) return false;
  // A fragment another file includes gets its variables from there: only a file nothing includes is out of reach,
  // and only where the application's files can be listed to say so.
  const includers = includersOf(file.project, file.fileName);
  return includers !== undefined && includers.length === 0;
}
