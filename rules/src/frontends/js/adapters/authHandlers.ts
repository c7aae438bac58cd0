import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TextEdit } from '../../../model/edit';
import type { AuthHandlerFact, RouteInfo, SessionStorage } from '../../../model/lifecycleFacts';
import { dependsOnAtLeast } from '../../../model/project';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { childrenOf, memberName, unwrap, type FunctionNode, type Node } from '../ast';
import { analyzeHandlerFlow, type HandlerFlow } from '../lifecycle/handlerFlow';
import { containsAwait, insertStatementBefore, statementInBlock, wrapRestOfBlock } from '../lifecycle/lifecycleEdits';
import { findRouteHandlers, isPassportAuthenticate, type RouteHandler } from '../lifecycle/routes';
import { rangeOfNode } from '../optionValues';
import { sessionStorageOf } from '../lifecycle/sessionStorage';
import { rateLimitOf } from '../lifecycle/rateLimit';

const LOGIN_PATH = /(^|[/_.-])(log-?in|sign-?in|authenticate|auth|session|sessions|token)([/_.-]|$)/i;
const LOGOUT_PATH = /(^|[/_.-])(log-?out|sign-?out|log-?off)([/_.-]|$)/i;

const optionName = (key: string): string => key;

/** Login and logout handlers of Express, Fastify and NestJS apps, with what they do to the session. */
export const authHandlerAdapter: JsAdapter = {
  name: 'auth-handlers',
  collect(context) {
    const handlers = findRouteHandlers(context);
    if (handlers.length === 0) return;
    const storage = sessionStorageOf(context);
    const passportRenews = dependsOnAtLeast(context.file.project, 'passport', '0.6.0') !== false;
    for (const route of handlers) {
      const fact = classify(context, route, storage, passportRenews);
      if (fact) context.facts.push(fact);
    }
  },
};

function requestParam(route: RouteHandler): { request?: string; response?: string; next?: string; sessionNames: string[] } {
  const fn = route.handler;
  if (!fn) return { sessionNames: [] };
  const name = (param: TSESTree.Parameter | undefined): string | undefined => (param?.type === 'Identifier' ? param.name : undefined);
  if (route.framework !== 'nest') return { request: name(fn.params[0]), response: name(fn.params[1]), next: name(fn.params[2]), sessionNames: [] };
  const result: { request?: string; response?: string; sessionNames: string[] } = { sessionNames: [] };
  for (const param of fn.params) {
    const decorators = 'decorators' in param ? (param.decorators as TSESTree.Decorator[]) : [];
    const target = param.type === 'TSParameterProperty' ? param.parameter : param;
    const id = target.type === 'Identifier' ? target.name : undefined;
    for (const decorator of decorators ?? []) {
      const expression = unwrap(decorator.expression);
      const callee = expression.type === 'CallExpression' ? unwrap(expression.callee) : undefined;
      const decoratorName = callee?.type === 'Identifier' ? callee.name : undefined;
      if (decoratorName === 'Req' || decoratorName === 'Request') result.request = id;
      if (decoratorName === 'Res' || decoratorName === 'Response') result.response = id;
      if (decoratorName === 'Session' && id) result.sessionNames.push(id);
    }
  }
  return result;
}

function classify(context: AdapterContext, route: RouteHandler, storage: SessionStorage, passportRenews: boolean): AuthHandlerFact | undefined {
  const params = requestParam(route);
  const path = route.route.path ?? '';
  const passportMiddleware = route.middleware.concat(route.handler ? [] : []).find(isPassportAuthenticate) ?? (route.handler ? undefined : findPassportCall(route.node));
  const flow = route.handler
    ? analyzeHandlerFlow({ file: context.file, handler: route.handler, requestName: params.request, sessionNames: params.sessionNames, passportRenews, isRenewalHelper: (call) => callsRegenerate(context, call) })
    : undefined;
  const base = {
    kind: 'auth-handler' as const,
    library: route.framework,
    framework: route.framework,
    route: route.route,
    range: route.route.range,
    sessionStorage: storage,
    optionName,
    related: [{ message: `The ${route.route.method} ${route.route.path ?? ''} route.`.replace(' .', '.'), range: route.route.range }],
  };
  const loginByPath = LOGIN_PATH.test(path) && !LOGOUT_PATH.test(path);
  const isLogin =
    flow !== undefined &&
    ((flow.identityWrites.length > 0 && (loginByPath || flow.credentialChecks.length > 0 || passportMiddleware !== undefined)) || flow.passportLogins.length > 0);
  if (isLogin && flow) return loginFact(context, route, flow, params, base, passportRenews, passportMiddleware);
  if (passportMiddleware && (!flow || flow.identityWrites.length === 0)) {
    // passport.authenticate() logs the user in itself: it renews the session only from passport 0.6 on.
    return {
      ...base,
      role: 'login',
      evidence: 'passport.authenticate()',
      renewal: passportRenews ? 'renewed' : 'missing',
      renewalRange: rangeOfNode(passportMiddleware),
      identityWrite: rangeOfNode(passportMiddleware),
      rateLimited: rateLimitOf(context, route),
    };
  }
  const isLogout = flow !== undefined && (LOGOUT_PATH.test(path) || flow.passportLogouts.length > 0) && route.route.method !== 'OPTIONS';
  if (isLogout && flow) return logoutFact(context, route, flow, params, base, passportRenews);
  return undefined;
}

type Base = Omit<AuthHandlerFact, 'role' | 'evidence'>;

function loginFact(
  context: AdapterContext,
  route: RouteHandler,
  flow: HandlerFlow,
  params: ReturnType<typeof requestParam>,
  base: Base,
  passportRenews: boolean,
  passportMiddleware: Node | undefined,
): AuthHandlerFact {
  const evidence = flow.credentialChecks[0] ?? (passportMiddleware ? 'passport.authenticate()' : flow.passportLogins.length > 0 ? 'req.login()' : `route path ${route.route.path ?? ''}`);
  const firstWrite = flow.identityWrites.slice().sort((a, b) => a.range[0] - b.range[0])[0];
  const renewers = passportRenews ? [...flow.renewals, ...flow.passportLogins] : flow.renewals;
  const renewal = !flow.firstUncovered ? 'renewed' : renewers.length > 0 ? 'late' : 'missing';
  const target = flow.firstUncovered ?? firstWrite;
  return {
    ...base,
    role: 'login',
    evidence,
    identityWrite: target ? rangeOfNode(target) : undefined,
    renewal,
    renewalRange: renewers[0] ? rangeOfNode(renewers[0]) : undefined,
    awaitedCalls: flow.awaitedCalls,
    rateLimited: rateLimitOf(context, route),
    // A late renewal needs moving, not a second regenerate: no edit for it.
    renewEdits: flow.firstUncovered && renewal === 'missing' && route.handler ? renewEdits(context, route, route.handler, flow.firstUncovered, params) : undefined,
    related: [...(base.related ?? []), ...(target ? [{ message: 'The user identity is written into the session here.', range: rangeOfNode(target) }] : [])],
  };
}

function logoutFact(context: AdapterContext, route: RouteHandler, flow: HandlerFlow, params: ReturnType<typeof requestParam>, base: Base, passportRenews: boolean): AuthHandlerFact {
  const destroyed = flow.destroys.length > 0 || (passportRenews && flow.passportLogouts.length > 0);
  const partial = flow.partialLogouts[0] ?? (!passportRenews ? flow.passportLogouts[0] : undefined);
  return {
    ...base,
    role: 'logout',
    evidence: flow.passportLogouts.length > 0 ? 'req.logout()' : `route path ${route.route.path ?? ''}`,
    destruction: destroyed ? 'destroyed' : partial ? 'partial' : 'missing',
    partialRange: partial ? rangeOfNode(partial) : undefined,
    destroyEdits: !destroyed && route.handler ? destroyEdits(context, route, route.handler, partial, params, base.sessionStorage) : undefined,
  };
}

/** A call of a helper in this file that renews the session itself (`await regenerateSession(req)`). */
function callsRegenerate(context: AdapterContext, call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== 'Identifier' && callee.type !== 'MemberExpression') return false;
  const target = context.resolver.resolve(callee, context.file);
  if (target.kind !== 'function' || target.file !== context.file) return false;
  const stack: Node[] = [target.node.body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'CallExpression') {
      const inner = unwrap(node.callee);
      if (inner.type === 'MemberExpression' && memberName(inner) === 'regenerate') {
        const object = unwrap(inner.object);
        if (object.type === 'MemberExpression' && memberName(object) === 'session') return true;
      }
    }
    stack.push(...childrenOf(node));
  }
  return false;
}

function findPassportCall(node: Node): Node | undefined {
  if (node.type !== 'CallExpression') return undefined;
  return node.arguments.find((a) => isPassportAuthenticate(a));
}

function renewEdits(context: AdapterContext, route: RouteHandler, fn: FunctionNode, write: Node, params: ReturnType<typeof requestParam>): TextEdit[] | undefined {
  const file = context.file;
  const place = statementInBlock(file, write, fn);
  if (!place || !params.request) return undefined;
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

function destroyEdits(
  context: AdapterContext,
  route: RouteHandler,
  fn: FunctionNode,
  partial: Node | undefined,
  params: ReturnType<typeof requestParam>,
  storage: SessionStorage,
): TextEdit[] | undefined {
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
  if (storage === 'cookie') return insertStatementBefore(file, anchor.statement, `${params.request}.session = null;`);
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
function readsSession(statement: Node, request: string): boolean {
  const stack: Node[] = [statement];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'MemberExpression' && memberName(node) === 'session') {
      const object = unwrap(node.object);
      if (object.type === 'Identifier' && object.name === request) return true;
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

export type { RouteInfo };
