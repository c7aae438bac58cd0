import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TextEdit } from '../../../model/edit';
import type { SessionStorage } from '../../../model/lifecycleFacts';
import type { AdapterContext } from '../adapterContext';
import { childrenOf, dottedPath, memberName, unwrap, type FunctionNode, type Node } from '../ast';
import { containsAwait, insertStatementBefore, statementInBlock, wrapRestOfBlock } from './lifecycleEdits';
import type { RouteHandler } from './routes';

/** The names a handler gives the request, the response, `next` and the session. */
export interface HandlerParams {
  readonly request?: string;
  readonly response?: string;
  readonly next?: string;
  readonly sessionNames: readonly string[];
  /** A GraphQL context parameter's own name (`context` of `(_, args, context)`). */
  readonly context?: string;
}

/** Edits that renew the session before `write`: an awaited regenerate (Fastify, Nest in TypeScript) or the rest of an Express handler wrapped in the regenerate callback. */
export function renewEdits(context: AdapterContext, route: RouteHandler, fn: FunctionNode, write: Node, params: HandlerParams): TextEdit[] | undefined {
  const file = context.file;
  const place = statementInBlock(file, write, fn);
  if (!place || !params.request) return undefined;
  // A GraphQL resolver has no `next` to hand an error to: it awaits the renewal and throws.
  if (route.operation === 'mutation') return fn.async ? insertStatementBefore(file, place.statement, `await ${awaitedSessionCall(file.fileName, params.request, 'regenerate')}`) : undefined;
  if (route.framework === 'fastify' || route.framework === 'nest') {
    if (!fn.async) return undefined;
    const call = route.framework === 'fastify'
      ? `await ${params.request}.session.regenerate();`
      : `await new Promise<void>((resolve, reject) => ${params.request}.session.regenerate((err) => (err ? reject(err) : resolve())));`;
    if (route.framework === 'nest' && !/\.tsx?$/.test(file.fileName)) return undefined;
    return insertStatementBefore(file, place.statement, call);
  }
  const rest = place.block.body.slice(place.block.body.indexOf(place.statement));
  const asyncCallback = containsAwait(rest, childrenOf) ? 'async ' : '';
  const extra: TextEdit[] = [];
  let next = params.next;
  if (!next && fn.params.length === 2) {
    next = 'next';
    extra.push({ range: { start: fn.params[1]!.range[1], end: fn.params[1]!.range[1] }, newText: ', next' });
  }
  if (!next) return undefined;
  return wrapRestOfBlock(file, place.statement, place.block, (inner, nl) => `${params.request}.session.regenerate(${asyncCallback}(err) => {${nl}${inner}if (err) return ${next}(err);${nl}`, extra);
}

/** Edits that end the session (and clear its cookie) where a logout handler leaves it alive. */
export function destroyEdits(context: AdapterContext, route: RouteHandler, fn: FunctionNode, partial: Node | undefined, params: HandlerParams, storage: SessionStorage): TextEdit[] | undefined {
  const file = context.file;
  if (!params.request || fn.body.type !== 'BlockStatement' || fn.body.body.length === 0) return undefined;
  const partialPlace = partial ? statementInBlock(file, partial, fn) : undefined;
  if (partial && !partialPlace) return undefined;
  const block = partialPlace?.block ?? (fn.body as unknown as Node & { body: Node[] });
  // Partial clean-up stays where it is, before the session is destroyed: inside the callback req.session is gone.
  let index = partialPlace ? block.body.indexOf(partialPlace.statement) : 0;
  while (partialPlace && index < block.body.length && isPartialStatement(block.body[index]!, partial)) index++;
  const first = block.body[index];
  if (!first) return undefined;
  const anchor = { statement: first, block };
  const rest = block.body.slice(index);
  if (rest.some((statement) => readsSession(statement, params.request!))) return undefined;
  // cookie-session ends with `req.session = null`; @fastify/secure-session with `session.delete()`.
  if (storage === 'cookie') return insertStatementBefore(file, anchor.statement, route.framework === 'fastify' ? `${params.request}.session.delete();` : `${params.request}.session = null;`);
  if (route.operation === 'mutation') return fn.async ? insertStatementBefore(file, anchor.statement, `await ${awaitedSessionCall(file.fileName, params.request, 'destroy')}`) : undefined;
  if (route.framework === 'fastify' || route.framework === 'nest') {
    return fn.async && route.framework === 'fastify' ? insertStatementBefore(file, anchor.statement, `await ${params.request}.session.destroy();`) : undefined;
  }
  const next = params.next;
  const extra: TextEdit[] = [];
  let nextName = next;
  if (!nextName && fn.params.length === 2) {
    nextName = 'next';
    extra.push({ range: { start: fn.params[1]!.range[1], end: fn.params[1]!.range[1] }, newText: ', next' });
  }
  if (!nextName) return undefined;
  const clears = hasClearCookie(fn);
  const cookieName = sessionCookieName(context);
  const clear = !clears && params.response ? `${params.response}.clearCookie('${cookieName}');` : '';
  const asyncCallback = containsAwait(rest, childrenOf) ? 'async ' : '';
  return wrapRestOfBlock(
    file,
    anchor.statement,
    anchor.block,
    (inner, nl) => `${params.request}.session.destroy(${asyncCallback}(err) => {${nl}${inner}if (err) return ${nextName}(err);${nl}${clear ? `${inner}${clear}${nl}` : ''}`,
    extra,
  );
}

/** A statement that only deletes or nulls a session key (`delete req.session.userId;`). */
function isPartialStatement(statement: Node, partial: Node | undefined): boolean {
  if (statement.type !== 'ExpressionStatement') return false;
  const expression = unwrap(statement.expression);
  if (partial && expression === partial) return true;
  if (expression.type === 'UnaryExpression' && expression.operator === 'delete') return true;
  return expression.type === 'AssignmentExpression' && unwrap(expression.left).type === 'MemberExpression' && expression.right.type === 'Literal' && (expression.right.value === null || expression.right.value === false);
}

/** True when a statement still uses `req.session`, which no longer exists inside the destroy callback. */
/** express-session's callback method as a promise: `new Promise<void>((resolve, reject) => req.session.regenerate((err) => …));` (the type argument in TypeScript only). */
function awaitedSessionCall(fileName: string, request: string, method: 'regenerate' | 'destroy'): string {
  const typed = /\.[mc]?tsx?$/.test(fileName) ? '<void>' : '';
  return `new Promise${typed}((resolve, reject) => ${request}.session.${method}((err) => (err ? reject(err) : resolve())));`;
}

function readsSession(statement: Node, request: string): boolean {
  const stack: Node[] = [statement];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'MemberExpression' && memberName(node) === 'session') {
      const object = unwrap(node.object);
      if (object.type === 'Identifier' && object.name === request) return true;
      if (object.type === 'MemberExpression' && dottedPath(object)?.join('.') === request) return true;
    }
    stack.push(...childrenOf(node));
  }
  return false;
}

function hasClearCookie(fn: FunctionNode): boolean {
  const stack: Node[] = [fn.body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'CallExpression' && unwrap(node.callee).type === 'MemberExpression' && memberName(unwrap(node.callee) as TSESTree.MemberExpression) === 'clearCookie') return true;
    stack.push(...childrenOf(node));
  }
  return false;
}

/** The session cookie's name from a session config in this file, else express-session's default. */
function sessionCookieName(context: AdapterContext): string {
  for (const fact of context.facts) {
    if (fact.kind === 'session-config' && fact.cookie.name.kind === 'known') return fact.cookie.name.value;
  }
  return 'connect.sid';
}

