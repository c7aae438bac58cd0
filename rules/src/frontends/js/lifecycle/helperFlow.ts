import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { dottedPath, isFunction, memberName, unwrap, type FunctionNode, type Node } from '../ast';
import { lookup } from '../scope';
import type { FileContext } from '../fileContext';
import type { Resolver } from '../resolve';
import { isHandlerShaped } from './exportedHandlers';
import { helperTarget } from './helperTargets';
import { LOGIN_NAME, LOGOUT_NAME, words } from './names';
import type { HandlerFlow } from './handlerFlow';
import { isClearCookie, noteHelperCookieClears, sessionEffects } from './sessionEffects';

/** How deep a handler's helpers are followed: the handler's callee, its callee, and one more (≤ 3 files). */
export const MAX_HELPER_DEPTH = 3;
const PASSWORD_NAME = /^(password|passwd|pass|pwd|plainPassword|credentials?)$/i;

/** What a followed helper does to the session, seen from the handler: its handler flow (a type-only import, so no cycle at run time). */
export type HelperFlowView = Omit<HandlerFlow, 'awaitedCalls'>;

/** Where a write really is: in the analysed file, or in a helper's file. */
export interface WriteSite {
  readonly node: Node;
  readonly file: FileContext;
}

/** The request and session as a helper receives them: the names of its parameters. */
export interface HelperParams {
  readonly requestName: string | undefined;
  readonly sessionNames: readonly string[];
}

export type ContextMember = (call: TSESTree.CallExpression) => { readonly target: { fn: FunctionNode; file: FileContext }; readonly params: HelperParams } | undefined;

export type AnalyzeHelper = (target: { fn: FunctionNode; file: FileContext }, params: HelperParams, depth: number) => HelperFlowView;

/** The effects of a handler's helper calls, to merge into the handler's own lists. */
export interface HelperEffects {
  readonly identityWrites: Node[];
  /** Helper calls that write a session key not named like an identity (the identity if the handler checks a credential). */
  readonly unnamedWrites: Node[];
  /** Helper calls that write the identity after renewing the session themselves. */
  readonly selfRenewing: Set<Node>;
  readonly renewals: Node[];
  readonly passportLogins: TSESTree.CallExpression[];
  readonly destroys: Node[];
  readonly passportLogouts: TSESTree.CallExpression[];
  readonly partialLogouts: Node[];
  readonly credentialChecks: string[];
  /** Where the uncovered identity write of a helper call is. */
  readonly writeSites: Map<Node, WriteSite>;
  /** Helper calls judged by what their helper does to the session (so not as a delegation to unknown code). */
  readonly judged: Set<string>;
  /** The calls the helpers make (a delegation further down still counts as one). */
  readonly calls: string[];
}

export interface FollowInput {
  readonly file: FileContext;
  /** The function whose calls are followed, and what it calls the request and the session (a closure inside it sees the same names). */
  readonly enclosing: FunctionNode;
  readonly own: HelperParams;
  readonly resolver: Resolver;
  readonly depth: number;
  readonly calls: readonly TSESTree.CallExpression[];
  readonly isRequest: (node: Node) => boolean;
  readonly isSession: (node: Node) => boolean;
  /** The handler and what it calls the request and the session, for a call that passes its own arguments on (`helper(...arguments)`). */
  readonly forwarded?: { readonly handler: FunctionNode; readonly requestName: string | undefined; readonly sessionNames: readonly string[] };
  /** A function the GraphQL context carries (`context.logout()`), with the request as it sees it. */
  readonly contextMember?: ContextMember;
  readonly analyze: AnalyzeHelper;
}

/**
 * Follows the calls of a handler into the project's own functions that receive the request, the
 * session or a password (`await loginUser(req, user)`, `this.authService.login(session, name, password)`),
 * and reports what they do to the session as done at the call: a login or logout is recognised by
 * what its helpers do, whatever they are named or wherever they live.
 */
export function followHelpers(input: FollowInput): HelperEffects {
  const effects: HelperEffects = {
    identityWrites: [], unnamedWrites: [], selfRenewing: new Set(), renewals: [], passportLogins: [], destroys: [], passportLogouts: [], partialLogouts: [],
    credentialChecks: [], writeSites: new Map(), judged: new Set(), calls: [],
  };
  if (input.depth >= MAX_HELPER_DEPTH) return effects;
  for (const call of input.calls) {
    const passed = passedArguments(call, input);
    // `const renew = () => new Promise((r) => req.session.regenerate(r)); await renew();`: a closure of the handler uses its request.
    const closure = passed ? undefined : closureOf(call, input);
    if (closure) {
      if (input.file.budget.spend('helper flows')) mergeClosure(effects, call, input.analyze({ fn: closure, file: input.file }, input.own, input.depth + 1));
      continue;
    }
    const forwardedAt = passed ? undefined : forwardingOffset(call, input);
    const member = passed || forwardedAt !== undefined ? undefined : input.contextMember?.(call);
    if (!passed && forwardedAt === undefined && !member) continue;
    const target = member?.target ?? helperTarget(input.file, call, input.resolver);
    if (!target || !target.file.budget.spend('helper flows')) continue;
    const params: HelperParams = member
      ? member.params
      : passed
        ? {
            requestName: passed.requestAt.map((i) => paramName(target.fn.params[i])).find((name) => name !== undefined),
            sessionNames: passed.sessionAt.flatMap((i) => paramName(target.fn.params[i]) ?? []),
          }
        : forwardedParams(input.forwarded!, target.fn, forwardedAt!);
    const flow = input.analyze(target, params, input.depth + 1);
    effects.credentialChecks.push(...flow.credentialChecks);
    effects.calls.push(...flow.calls);
    if (params.requestName === undefined && params.sessionNames.length === 0) continue;
    if (target.file.fileName !== input.file.fileName && judgedInItsFile(target.fn, target.file, call, flow)) mergeJudgedElsewhere(effects, call, flow);
    else merge(effects, call, flow, target.file);
  }
  return effects;
}

function merge(effects: HelperEffects, call: TSESTree.CallExpression, flow: HelperFlowView, file: FileContext): void {
  let touches = true;
  if (flow.firstUncovered) {
    effects.identityWrites.push(call);
    effects.writeSites.set(call, flow.identitySite ?? { node: flow.firstUncovered, file });
  } else if (flow.identityWrites.length > 0) {
    // The helper renews the session before it writes the identity: a login that renews.
    effects.identityWrites.push(call);
    effects.selfRenewing.add(call);
    effects.renewals.push(call);
  } else if (flow.renewals.length > 0) effects.renewals.push(call);
  else if (flow.passportLogins.length > 0) effects.passportLogins.push(call);
  else if (flow.destroys.length > 0) effects.destroys.push(call);
  // `req.logout()` without a callback inside the helper: judged as a partial logout at the call.
  else if (flow.passportLogouts.length > 0) (flow.passportLogouts.every((c) => c.arguments.length > 0) ? effects.passportLogouts : effects.partialLogouts).push(call);
  else if (flow.partialLogouts.length > 0) {
    effects.partialLogouts.push(call);
    if (flow.partialLogouts.every(isClearCookie)) noteHelperCookieClears(call, flow.partialLogouts);
  } else if (flow.unnamedWrites.length > 0) {
    effects.unnamedWrites.push(call);
    effects.writeSites.set(call, { node: flow.unnamedWrites[0]!, file });
  } else touches = false;
  const path = dottedPath(call.callee);
  if (touches && path) effects.judged.add(path.join('.'));
}

/**
 * A function declared inside the followed one and called by name: it sees the same request and session.
 * Its writes are already among the handler's own nodes (where it is written); only what its call does
 * to the session as a whole — renewing it, destroying it — is added at the call.
 */
function closureOf(call: TSESTree.CallExpression, input: FollowInput): FunctionNode | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'Identifier') return undefined;
  const binding = lookup(input.file, callee.name, callee);
  const init = binding?.kind === 'variable' && binding.path.length === 0 && binding.init ? unwrap(binding.init) : undefined;
  const fn = binding?.kind === 'function' ? binding.node : init && isFunction(init) ? (init as FunctionNode) : undefined;
  const [start, end] = input.enclosing.range;
  return fn && fn !== input.enclosing && fn.range[0] > start && fn.range[1] <= end ? fn : undefined;
}

function mergeClosure(effects: HelperEffects, call: TSESTree.CallExpression, flow: HelperFlowView): void {
  if (flow.renewals.length > 0) effects.renewals.push(call);
  if (flow.destroys.length > 0) effects.destroys.push(call);
}

/**
 * A handler-shaped function of another module (`login(req, res, user, password)`) that its own file
 * judges as an exported login or logout handler: its finding is there, at the write, so the call
 * only tells what the route is (a login to rate-limit, a logout that is handled) and is not reported twice.
 */
function judgedInItsFile(fn: FunctionNode, file: FileContext, call: TSESTree.CallExpression, flow: HelperFlowView): boolean {
  // A method of a decorated class (a NestJS service) is never read as an exported handler.
  if (!isHandlerShaped(fn) || inDecoratedClass(file, fn)) return false;
  const name = words((fn.type !== 'ArrowFunctionExpression' ? fn.id?.name : undefined) ?? dottedPath(call.callee)?.at(-1) ?? '');
  return LOGIN_NAME.test(name) || LOGOUT_NAME.test(name) || flow.credentialChecks.length > 0;
}

function inDecoratedClass(file: FileContext, fn: FunctionNode): boolean {
  const owner = file.parentOf(file.parentOf(file.parentOf(fn) ?? fn) ?? fn);
  return (owner?.type === 'ClassDeclaration' || owner?.type === 'ClassExpression') && owner.decorators.length > 0;
}

function mergeJudgedElsewhere(effects: HelperEffects, call: TSESTree.CallExpression, flow: HelperFlowView): void {
  const path = dottedPath(call.callee);
  if (flow.identityWrites.length > 0) {
    effects.identityWrites.push(call);
    effects.selfRenewing.add(call);
  } else if (sessionEffects(flow).ends > 0) effects.destroys.push(call);
  else return;
  if (path) effects.judged.add(path.join('.'));
}

/**
 * Where a call passes the request and the session, if it passes anything worth following at all:
 * the request, the session, or a password (a credential check in the helper makes the handler a login).
 */
function passedArguments(call: TSESTree.CallExpression, input: FollowInput): { requestAt: number[]; sessionAt: number[] } | undefined {
  const requestAt: number[] = [];
  const sessionAt: number[] = [];
  let password = false;
  call.arguments.forEach((argument, index) => {
    if (argument.type === 'SpreadElement') return;
    if (input.isRequest(argument)) requestAt.push(index);
    else if (input.isSession(argument)) sessionAt.push(index);
    else if (mentionsPassword(argument)) password = true;
  });
  if (requestAt.length + sessionAt.length === 0 && !password) return undefined;
  return { requestAt, sessionAt };
}

/** `req`, `private req`, `req = {}`: the name a parameter binds (a destructured one binds no single name). */
function paramName(param: TSESTree.Parameter | undefined): string | undefined {
  let target: Node | undefined = param?.type === 'TSParameterProperty' ? param.parameter : param;
  if (target?.type === 'AssignmentPattern') target = target.left;
  return target?.type === 'Identifier' ? target.name : undefined;
}

/** `password`, `body.password`, `dto.credentials`: an argument that carries a password. */
function mentionsPassword(argument: Node): boolean {
  const target = unwrap(argument);
  if (target.type === 'Identifier') return PASSWORD_NAME.test(target.name);
  return target.type === 'MemberExpression' && PASSWORD_NAME.test(memberName(target) ?? '');
}

/**
 * `model.login(...arguments)` (a GraphQL field's `resolve(root, args, context)` handing everything to a
 * model class): where the call spreads the handler's own `arguments`, the offset of the first one among
 * the helper's parameters. Only in the handler itself (an arrow function has no `arguments` of its own).
 */
function forwardingOffset(call: TSESTree.CallExpression, input: FollowInput): number | undefined {
  const handler = input.forwarded?.handler;
  if (!handler || handler.type === 'ArrowFunctionExpression') return undefined;
  const at = call.arguments.findIndex((a) => a.type === 'SpreadElement' && a.argument.type === 'Identifier' && a.argument.name === 'arguments');
  if (at < 0 || call.arguments.slice(0, at).some((a) => a.type === 'SpreadElement')) return undefined;
  for (let node = input.file.parentOf(call); node; node = input.file.parentOf(node)) {
    if (node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration') return node === handler ? at : undefined;
  }
  return undefined;
}

/** The handler's request and session names, renamed to the helper's parameters in the same places (`context.req` → `ctx.req`). */
function forwardedParams(forwarded: NonNullable<FollowInput['forwarded']>, helper: FunctionNode, offset: number): HelperParams {
  const rename = (name: string): string | undefined => {
    const [head, ...rest] = name.split('.');
    const index = forwarded.handler.params.findIndex((param) => paramName(param) === head);
    const renamed = index < 0 ? undefined : paramName(helper.params[index + offset]);
    return renamed === undefined ? undefined : [renamed, ...rest].join('.');
  };
  return {
    requestName: forwarded.requestName === undefined ? undefined : rename(forwarded.requestName),
    sessionNames: forwarded.sessionNames.flatMap((name) => rename(name) ?? []),
  };
}
