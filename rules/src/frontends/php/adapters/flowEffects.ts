import type { Node } from 'web-tree-sitter';
import { consumesRateLimiter, type PhpFlow } from './authFlow';
import { calledName } from './authSyntax';

/**
 * What code in another place (a service's method, an included file, one of its functions) does to
 * the session, without its nodes: its tree may be freed, and the summary is cached per file.
 */
export interface FlowEffects {
  readonly renewals: readonly { readonly complete: boolean; readonly destroysOld: boolean }[];
  readonly destroys: number;
  readonly fullDestroys: number;
  readonly cookieClears: number;
  readonly partials: number;
  readonly guardLogouts: number;
  readonly delegations: number;
  /** It logs a user in: a credential checked and an identity written (or a guard login), itself or through services. */
  readonly logsIn: boolean;
  /**
   * It checks a password or credential and leaves the session to its caller (`adminLogin($u, $p)` in an
   * included functions.php returns password_verify()'s answer): the caller that then writes the user logs in.
   */
  readonly checksCredential: boolean;
  /** What limits login attempts there (see PhpFlow.throttles): a service that logs in may also count failures. */
  readonly throttles: readonly string[];
  readonly laravel: boolean;
  readonly symfonySession?: string;
}

export function effectsOfFlow(flow: PhpFlow): FlowEffects {
  return {
    renewals: flow.renewals.map((r) => ({ complete: r.complete, destroysOld: r.destroysOld })),
    destroys: flow.destroys.length,
    fullDestroys: flow.fullDestroys.length,
    cookieClears: flow.cookieClears.length,
    partials: flow.partials.length,
    guardLogouts: flow.guardLogouts.length,
    delegations: flow.delegations.length,
    logsIn: (flow.identityWrites.length > 0 && flow.credentialChecks.length > 0) || flow.guardLogins.length > 0 || flow.delegatedLogins.length > 0,
    checksCredential: flow.credentialChecks.length > 0,
    throttles: [...flow.throttles, ...(consumesRateLimiter(flow) ? ['a rate limiter'] : [])],
    laravel: flow.laravel,
    ...(flow.symfonySession ? { symfonySession: flow.symfonySession } : {}),
  };
}

/**
 * The effects as the flow of the node that stands for them (the call of the service, the include):
 * every effect sits on that node, as a same-file helper's call does, so findings and order use it.
 */
export function flowStandingFor(effects: FlowEffects, node: Node): PhpFlow {
  const times = (n: number): Node[] => Array.from({ length: n }, () => node);
  return {
    identityWrites: [],
    guardLogins: [],
    renewals: effects.renewals.map((r) => ({ node, ...r })),
    destroys: times(effects.destroys),
    fullDestroys: times(effects.fullDestroys),
    cookieClears: times(effects.cookieClears),
    partials: times(effects.partials),
    guardLogouts: times(effects.guardLogouts),
    delegations: times(effects.delegations),
    // A function that checks the credential, called by the unit: only a call counts (an included file's code is not asked for one).
    credentialChecks: effects.checksCredential && node.type.endsWith('call_expression') ? [`${calledName(node) ?? 'a helper'}()`] : [],
    // The login stands on the call; its renewal (or its missing one) is judged in the service, where the user is written.
    delegatedLogins: effects.logsIn ? [node] : [],
    throttles: [...effects.throttles],
    writeCloses: [],
    calls: [],
    laravel: effects.laravel,
    ...(effects.symfonySession ? { symfonySession: effects.symfonySession } : {}),
  };
}
