import type { Node } from 'web-tree-sitter';
import type { CsrfSurfaceFact, RouteInfo } from '../../../model/lifecycleFacts';
import type { PhpAdapterContext } from '../adapterContext';
import { namedChildren, rangeOf, stringValue } from '../syntax';
import { calledName, variableName } from './authSyntax';

const TOKEN_NAME = /csrf|xsrf/i;
const TOKEN_KEY = /^(_?token|csrf.*|xsrf.*|_csrf|form_token|HTTP_X_CSRF_TOKEN|HTTP_X_XSRF_TOKEN)$/i;

/**
 * A plain PHP script that configures its session and handles POST requests: exposed to CSRF unless
 * it checks a token (a `$_POST['csrf_token']` compared, a `verify_csrf()` helper) or its session
 * cookie is SameSite=Lax/Strict (the rule reads that from the session fact this one points at).
 * Files of a framework (a class, Laravel's `Illuminate\`) are left to the framework checks.
 */
export function plainPhpSurface(context: PhpAdapterContext): CsrfSurfaceFact | undefined {
  const { file } = context;
  const session = context.facts.find((f) => f.kind === 'session-config' && f.library === 'php-session');
  if (!session || file.nodesOfType('class_declaration').length > 0) return undefined;
  // Subscripts are not in the file's index (most files need none): one traversal for both questions.
  const nodes = file.root.descendantsOfType(['subscript_expression', 'function_call_expression', 'member_call_expression', 'scoped_call_expression']).filter((n): n is Node => n !== null);
  const post = postHandling(nodes);
  if (!post) return undefined;
  const base = file.fileName.replace(/\\/g, '/').split('/').pop();
  const route: RouteInfo = { method: 'POST', path: base, range: rangeOf(post) };
  const check = tokenCheck(nodes);
  return {
    kind: 'csrf-surface',
    library: 'php-session',
    range: session.range,
    sessionStorage: 'server',
    routes: [route],
    defence: check ? { kind: 'token-check', range: rangeOf(check) } : { kind: 'none' },
    optionName: (key) => key,
    related: [{ message: `This script handles POST requests (${base}).`, range: route.range }],
  };
}

/** `$_SERVER['REQUEST_METHOD'] === 'POST'` or a read of `$_POST[…]`. */
function postHandling(nodes: readonly Node[]): Node | undefined {
  for (const subscript of nodes) {
    if (subscript.type !== 'subscript_expression') continue;
    const [base, index] = namedChildren(subscript);
    const name = variableName(base);
    if (name === '_POST') return subscript;
    if (name === '_SERVER' && index && stringValue(index) === 'REQUEST_METHOD') {
      const comparison = subscript.parent;
      if (comparison?.type === 'binary_expression' && namedChildren(comparison).some((side) => /^post$/i.test(stringValue(side) ?? ''))) return comparison;
    }
  }
  return undefined;
}

/** A CSRF token read (`$_POST['csrf_token']`, `$_SERVER['HTTP_X_CSRF_TOKEN']`) or a call of a csrf helper. */
function tokenCheck(nodes: readonly Node[]): Node | undefined {
  for (const node of nodes) {
    if (node.type === 'subscript_expression') {
      const [base, index] = namedChildren(node);
      const name = variableName(base);
      if ((name === '_POST' || name === '_SERVER' || name === '_REQUEST' || name === '_SESSION') && index && TOKEN_KEY.test(stringValue(index) ?? '')) return node;
    } else if (TOKEN_NAME.test(calledName(node) ?? '')) return node;
  }
  return undefined;
}
