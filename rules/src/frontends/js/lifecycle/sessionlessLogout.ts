import { stringLiteral, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import type { HandlerFlow } from './handlerFlow';
import { hasSessionLibrary } from './loginEvidence';
import { cookieClearsOf, sessionEffects } from './sessionEffects';

/** `clearCookie('jwt')`, `clearCookie('refresh_token')`: a cookie named as a token, not a session cookie. */
const TOKEN_COOKIE = /jwt|token/i;

/**
 * Whether a logout has no session to end, so no session-destroy-on-logout question: the app has no
 * session at all (a token API, or session keys of its own in a table: no session library imported in the
 * package, and the handler touches no `req.session`), or the handler only clears token cookies
 * (`reply.clearCookie('access_token')`), which ends a JWT login, not a session.
 */
export function endsNoSession(context: AdapterContext, flow: HandlerFlow): boolean {
  // Clearing a cookie touches no session library's session.
  const effects = sessionEffects(flow);
  if (effects.ends - effects.cookieClears + effects.renewals > 0) return false;
  if (flow.partialLogouts.length > 0 && flow.partialLogouts.every(clearsTokenCookie)) return true;
  return !hasSessionLibrary(context);
}

function clearsTokenCookie(node: Node): boolean {
  const clears = cookieClearsOf(node);
  return clears.length > 0 && clears.every(clearsTokenCookieItself);
}

function clearsTokenCookieItself(node: Node): boolean {
  const name = node.type === 'CallExpression' && node.arguments[0] ? stringLiteral(node.arguments[0]) : undefined;
  return name !== undefined && TOKEN_COOKIE.test(name);
}
