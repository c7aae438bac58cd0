import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { childrenOf, dottedPath, memberName, unwrap, type FunctionNode, type Node } from '../ast';
import { LOGOUT_NAME, words } from './names';

/**
 * A handler that only redirects and reads no request body: `(req, res) => redirect(req, res, '/', {})`,
 * `(req, res) => { res.redirect('/'); }`. It receives no credentials, so a login path served by
 * it (code-server's `/login` when password auth is off) is not a login.
 */
export function redirectsOnly(handler: FunctionNode): boolean {
  const body = handler.body;
  if (!body || readsBody(body)) return false;
  if (body.type !== 'BlockStatement') return isRedirect(body);
  return body.body.length > 0 && body.body.every((statement) => {
    if (statement.type === 'ExpressionStatement') return isRedirect(statement.expression);
    if (statement.type === 'ReturnStatement') return statement.argument !== null && isRedirect(statement.argument);
    return false;
  });
}

/**
 * A handler that only redirects to the app's logout (`app.get('/signout', (req, res) => res.redirect('/auth/logout'))`,
 * a legacy or alias path): the logout is the route it sends to, judged there.
 */
export function redirectsToLogout(handler: FunctionNode): boolean {
  return redirectsOnly(handler) && namesLogout(handler.body!);
}

/** A string or template piece in the code whose words name a logout (`'/auth/logout'`, `` `${base}/sign-out` ``). */
function namesLogout(root: Node): boolean {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const text = node.type === 'Literal' && typeof node.value === 'string' ? node.value : node.type === 'TemplateElement' ? node.value.cooked ?? '' : undefined;
    if (text !== undefined && LOGOUT_NAME.test(words(text.replace(/[^A-Za-z0-9]+/g, '-')))) return true;
    stack.push(...childrenOf(node));
  }
  return false;
}

/**
 * A handler that only renders a page: every statement is `reply.view(…)` / `res.render(…)` / `res.sendFile(…)`
 * (or returns one). Served on a path like `/auth/logout-wait`, it is the page a logout redirects to, not the logout.
 */
export function rendersOnly(handler: FunctionNode): boolean {
  const body = handler.body;
  if (!body) return false;
  if (body.type !== 'BlockStatement') return isRender(body);
  return body.body.length > 0 && body.body.every((statement) => {
    if (statement.type === 'ExpressionStatement') return isRender(statement.expression);
    if (statement.type === 'ReturnStatement') return statement.argument !== null && isRender(statement.argument);
    return false;
  });
}

function isRender(expression: TSESTree.Expression): boolean {
  const target = unwrap(expression);
  const call = target.type === 'AwaitExpression' ? unwrap(target.argument) : target;
  if (call.type !== 'CallExpression') return false;
  const path = dottedPath(call.callee);
  return path !== undefined && /^(?:view|render|sendFile)$/.test(path[path.length - 1] ?? '');
}

function isRedirect(expression: TSESTree.Expression): boolean {
  const target = unwrap(expression);
  const call = target.type === 'AwaitExpression' ? unwrap(target.argument) : target;
  if (call.type !== 'CallExpression') return false;
  const path = dottedPath(call.callee);
  return path !== undefined && /^redirect$/i.test(path[path.length - 1] ?? '');
}

/** `req.body…` anywhere: credentials arrive in the body. */
function readsBody(root: Node): boolean {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'MemberExpression' && memberName(node) === 'body') return true;
    stack.push(...childrenOf(node));
  }
  return false;
}
