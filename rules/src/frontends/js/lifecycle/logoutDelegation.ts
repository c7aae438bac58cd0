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
    if (path[0] === requestName || (requestName !== undefined && call.startsWith(`${requestName}.`)) || path.some((part) => part === 'req' || part === 'request')) return false;
    const method = path[path.length - 1]!;
    // `revokeOthers`, `destroyOtherSessions`: the current session is the one left. `deleteSessionCookie` clears the cookie only.
    if (!ENDING_METHOD.test(method) || /other|cookie/i.test(method)) return path.length >= 2 && LOGOUT_NAME.test(words(method));
    // A function or method named for ending sessions (`invalidateSessions(…)` over the app's own session table,
    // lucia's `invalidateSession(id)`, `deleteSession(token)`), called bare or on any object.
    if (/session/i.test(method)) return true;
    if (path.length < 2) return false;
    const receiver = path[path.length - 2]!;
    // A store's or a table's sessions (`sessionStore.destroy(id)`, `prisma.session.delete(…)`); not the session
    // object itself (`session.destroy()` on an alias of `req.session`, judged in the handler).
    return /session/i.test(receiver) && (receiver !== 'session' || path.length >= 3);
  });
}
