import type { Node } from 'web-tree-sitter';
import { namedChildren, stringValue } from '../syntax';
import { LOGOUT_NAME, variableName, words } from './authSyntax';
import { comparesMethodWithPost } from './scriptRequest';

/** The superglobals whose reads make an `if` a branch for one kind of request. */
const REQUEST_INPUT = new Set(['_POST', '_GET', '_REQUEST']);
const FUNCTIONS = ['function_definition', 'method_declaration', 'anonymous_function', 'arrow_function', 'class_declaration'];

/**
 * A branch of a plain PHP script that answers one kind of request: an `if` / `elseif` whose
 * condition reads the request (`if (isset($_POST['login_user']))`, `if ($_SERVER['REQUEST_METHOD']
 * === 'POST')`, `if (isset($_GET['logout']))`). Many scripts handle several forms this way
 * (sign-up, login and "create team" in one `server.php` every page includes).
 */
export interface RequestBranch {
  /** The condition, where a finding about the branch as a route sits. */
  readonly condition: Node;
  /** The statements that run when the condition holds. */
  readonly body: Node;
  /** Whether the condition names a logout: a key (`$_GET['logout']`) or a compared value (`$_GET['action'] == 'logout'`). */
  readonly namesLogout: boolean;
}

/** The request branches of a script's own code (not in its functions or classes), in source order. */
export function requestBranches(body: Node): RequestBranch[] {
  const branches: RequestBranch[] = [];
  for (const clause of body.descendantsOfType(['if_statement', 'else_if_clause'])) {
    if (!clause || insideFunction(clause, body)) continue;
    const condition = clause.childForFieldName('condition');
    const branchBody = clause.childForFieldName('body');
    if (!condition || !branchBody || !readsRequest(condition)) continue;
    branches.push({ condition, body: branchBody, namesLogout: namesLogout(condition) });
  }
  return branches;
}

/** The branches no other request branch holds: the script's alternatives. */
export function outermost(branches: readonly RequestBranch[]): RequestBranch[] {
  return branches.filter((branch) => !branches.some((other) => other !== branch && within(branch.condition, other.body)));
}

/** The outermost branch whose body holds the node. */
export function branchHolding(branches: readonly RequestBranch[], node: Node): RequestBranch | undefined {
  return branches.find((branch) => within(node, branch.body) && !branches.some((other) => other !== branch && within(branch.condition, other.body)));
}

export function within(node: Node, container: Node): boolean {
  return node.startIndex >= container.startIndex && node.endIndex <= container.endIndex;
}

function insideFunction(node: Node, body: Node): boolean {
  for (let current = node.parent; current && current.id !== body.id; current = current.parent) if (FUNCTIONS.includes(current.type)) return true;
  return false;
}

function readsRequest(condition: Node): boolean {
  for (const subscript of condition.descendantsOfType(['subscript_expression', 'variable_name'])) {
    if (!subscript) continue;
    if (subscript.type === 'variable_name') {
      if (REQUEST_INPUT.has(variableName(subscript) ?? '')) return true;
    } else if (comparesMethodWithPost(subscript)) return true;
  }
  return false;
}

/** Keys read from the request and strings compared in the condition, any of which names a logout. */
function namesLogout(condition: Node): boolean {
  const strings = condition.descendantsOfType(['string', 'encapsed_string']).flatMap((node) => (node ? [stringValue(node) ?? ''] : []));
  const bareKeys = condition.descendantsOfType('subscript_expression').flatMap((node) => {
    const index = node ? namedChildren(node)[1] : undefined;
    return index?.type === 'name' ? [index.text] : [];
  });
  return [...strings, ...bareKeys].some((text) => text.length <= 40 && LOGOUT_NAME.test(words(text)));
}
