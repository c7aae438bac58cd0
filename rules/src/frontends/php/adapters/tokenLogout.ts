import type { PhpFile } from '../fileContext';
import { laravelAppOf } from '../app/laravelApp';
import { CALL_TYPES, calledName, callTarget, isCall } from './authSyntax';
import type { PhpFlow } from './authFlow';
import type { AuthUnit } from './authUnits';

/** What ends an API token: Sanctum's `delete()` of the token model, Passport's `revoke()`. */
const ENDS_TOKEN = new Set(['delete', 'revoke']);
/** Where the token comes from: `currentAccessToken()`, `tokens()` (Sanctum), `token()` (Passport). */
const TOKEN_OF_USER = new Set(['currentaccesstoken', 'tokens', 'token']);

/**
 * A Laravel logout that revokes the caller's API token and touches no session
 * (`$request->user()->currentAccessToken()->delete()`), in an app whose api group runs without a
 * session (Laravel 11 without `statefulApi()`, a Kernel api group without Sanctum's
 * EnsureFrontendRequestsAreStateful): a token API has no server-side session to end. Where the api
 * group is stateful, a session-authenticated SPA gets a TransientToken whose `delete()` does
 * nothing, and the session stays: that logout is still judged.
 */
export function tokenLogoutWithoutSession(unit: AuthUnit, flow: PhpFlow, file: PhpFile): boolean {
  if (flow.destroys.length + flow.fullDestroys.length + flow.partials.length + flow.cookieClears.length + flow.renewals.length > 0) return false;
  const revokes = file.nodesWithin(unit.body, CALL_TYPES, () => false).some((call) => {
    if (!ENDS_TOKEN.has(calledName(call) ?? '')) return false;
    const target = callTarget(call);
    return target !== undefined && isCall(target) && TOKEN_OF_USER.has(calledName(target) ?? '');
  });
  return revokes && laravelAppOf(file)?.apiHasSession() === false;
}
