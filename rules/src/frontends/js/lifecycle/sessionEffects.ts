import { unwrap, type Node } from '../ast';
import type { HandlerFlow } from './handlerFlow';

/** What a handler's flow does to the session, counted by kind: the one place the flow's lists are summed. */
export interface SessionEffects {
  /** Identity writes, other keys written, passport logins. */
  readonly writes: number;
  /** Destroys, partial endings (keys deleted or cleared, the cookie cleared), passport logouts. */
  readonly ends: number;
  readonly renewals: number;
  /** Of `ends`, the `res.clearCookie(…)` calls: they clear the browser's cookie and touch no session object. */
  readonly cookieClears: number;
}

/** The lists of a flow (a handler's, or a helper's as its caller sees it) that say what it does to the session. */
type FlowLists = Pick<HandlerFlow, 'identityWrites' | 'unnamedWrites' | 'passportLogins' | 'destroys' | 'partialLogouts' | 'passportLogouts' | 'renewals'>;

export function sessionEffects(flow: FlowLists): SessionEffects {
  return {
    writes: flow.identityWrites.length + flow.unnamedWrites.length + flow.passportLogins.length,
    ends: flow.destroys.length + flow.partialLogouts.length + flow.passportLogouts.length,
    renewals: flow.renewals.length,
    cookieClears: flow.partialLogouts.filter(isClearCookie).length,
  };
}

/**
 * Helper calls whose only ending is clearing cookies (`return this.authService.logout(req, res)` where the
 * service calls `res.clearCookie('token')`), with those clears: the handler's flow lists the call, not the
 * clears, and still clears only cookies (Job_Portal_Server's JWT logout in a Nest controller).
 */
const helperCookieClears = new WeakMap<Node, readonly Node[]>();

/** Records that a helper call ends nothing but cookies, through these `clearCookie(…)` calls. */
export function noteHelperCookieClears(call: Node, clears: readonly Node[]): void {
  helperCookieClears.set(call, clears.flatMap(cookieClearsOf));
}

/** The `clearCookie(…)` calls a partial ending stands for: itself, or a helper's, or none. */
export function cookieClearsOf(node: Node): readonly Node[] {
  return ownClearCookie(node) ? [node] : helperCookieClears.get(node) ?? [];
}

/** `res.clearCookie('sid')`, `reply.clearCookie('token')`, or a helper call doing only that. */
export function isClearCookie(node: Node): boolean {
  return cookieClearsOf(node).length > 0;
}

function ownClearCookie(node: Node): boolean {
  const callee = node.type === 'CallExpression' ? unwrap(node.callee) : undefined;
  return callee?.type === 'MemberExpression' && callee.property.type === 'Identifier' && callee.property.name === 'clearCookie';
}
