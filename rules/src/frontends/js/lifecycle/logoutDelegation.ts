import { LOGOUT_NAME, words } from './names';

/** What a session store or service does to end one: `deleteById`, `destroy`, `revokeSession`, `invalidateAll`. */
const ENDING_METHOD = /^(delete|destroy|remove|revoke|invalidate|end|terminate|expire|kill)/i;

/**
 * Whether a logout handler hands its work to another object, whose code this handler does not show:
 * `await this.authService.logout(user)`, `this.sessionService.deleteById(id)`,
 * `sessions.revoke(token)`. What that object does is unknown, so the handler is not judged (a
 * false alarm costs more than a miss). `calls` are the handler's dotted callee paths; calls on the
 * request (`req.logout()` is passport's, `req.session.destroy()` the session's own) are judged where
 * they are, not here.
 */
export function delegatesLogout(calls: readonly string[], requestName: string | undefined): boolean {
  return calls.some((call) => {
    const path = call.split('.');
    // The request may be a path in a GraphQL context (`context.req.logout()`): still a call on the request.
    if (path.length < 2 || path[0] === requestName || (requestName !== undefined && call.startsWith(`${requestName}.`)) || path[0] === 'req' || path[0] === 'request') return false;
    const method = path[path.length - 1]!;
    if (LOGOUT_NAME.test(words(method))) return true;
    const receiver = path[path.length - 2]!;
    // `revokeOthers`, `destroyOtherSessions`: the current session is the one left.
    return ENDING_METHOD.test(method) && !/other/i.test(method) && /session/i.test(receiver) && receiver !== 'session';
  });
}
