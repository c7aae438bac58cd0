import type { Node } from 'web-tree-sitter';
import type { PhpFile } from '../fileContext';
import { namespaceOf } from '../app/phpNames';
import { namedChildren } from '../syntax';
import type { PhpFlow } from './authFlow';
import type { AuthUnit } from './authUnits';
import { onlyRedirectsToLogout } from './redirectToLogout';

/**
 * Whether a unit that looks like a logout (by name, or by a guard logout) is a logout handler this
 * file can judge. It is not when:
 * - it is not named for a logout and writes a user into the session after the guard's logout: a
 *   user switch;
 * - it hands the logout to code the file cannot see (`$this->loginService->logout()`): unknown;
 * - it is a framework piece rather than a handler: in a Laravel or Symfony app, a method of a class
 *   that is not a controller (a guard's `logout()`, a service, a middleware, an event subscriber)
 *   runs on behalf of a handler, which is where the session is (or is not) ended;
 * - it never runs as a handler: an action whose body ends in `throw` and touches no session
 *   (Symfony's documented placeholder `logout()`: the firewall's logout listener answers the path first);
 * - it is a Symfony action with an empty body (only comments): the same placeholder, left blank as
 *   Symfony's docs allow ("This method can be blank"); a logout route that really did nothing would
 *   show in security.yaml as a firewall without `logout:`, not here;
 * - it is an API controller's action not named for a logout that calls a guard logout
 *   (`App\Http\Controllers\API\…` deleting an account, then `auth()->logout()`): the API's clients
 *   authenticate with tokens, so no session of theirs is left behind;
 * - it only redirects to the app's logout (a legacy or alias route): the logout is the route it sends to;
 * - it is data, not code: a script named logout.php that calls nothing and touches no session
 *   (a language file of `$_['text_logout'] = '…';`).
 */
export function judgedAsLogout(unit: AuthUnit, flow: PhpFlow, file: PhpFile, frameworkApp: boolean, namedLogout: boolean, symfonyApp = false): boolean {
  if (flow.delegations.length > 0) return false;
  // `Auth::logout(); session(['current_user' => $user]);`: switching users (Heimdall's setUser), not a logout.
  if (!namedLogout && flow.identityWrites.length > 0) return false;
  const touchesSession = flow.destroys.length + flow.fullDestroys.length + flow.partials.length + flow.cookieClears.length + flow.renewals.length > 0;
  // `return $this->redirect($response, '/admin/logout');`: it sends to the logout, which is judged there.
  if (!touchesSession && onlyRedirectsToLogout(unit.body)) return false;
  if (unit.route) return true;
  if (unit.kind === 'method' && frameworkApp && !isControllerMethod(unit, file)) return false;
  if (unit.kind === 'method' && !namedLogout && isApiNamespace(file)) return false;
  if (touchesSession) return true;
  if (unit.kind === 'method' && symfonyApp && namedChildren(unit.body).every((statement) => statement.type === 'comment')) return false;
  if (unit.kind === 'script') return flow.calls.length > 0;
  return !endsInThrow(unit.body);
}

/**
 * A controller's action: the class is named …Controller or extends one (`AbstractController`,
 * `Controller`), or the method carries a route (a `#[Route]` attribute or a `@Route` annotation).
 */
function isControllerMethod(unit: AuthUnit, file: PhpFile): boolean {
  // A route of its own (`#[Route]`, or a `@Route("/admin/logoff")` docblock on a class that extends the app's `Base`).
  if (unit.symfonyRoute || /controller$/i.test(unit.className ?? '')) return true;
  const declaration = file.classAt(unit.node.startIndex)?.node;
  const parent = declaration ? namedChildren(declaration).find((child) => child.type === 'base_clause') : undefined;
  if (parent && /controller$/i.test(parent.text)) return true;
  const attributes = unit.node.childForFieldName('attributes');
  return attributes !== null && /(^|[\\[\s(,])Route\s*\(/.test(attributes.text);
}

/** The file's namespace has an `Api` segment (`App\Http\Controllers\API\v1`). */
function isApiNamespace(file: PhpFile): boolean {
  return namespaceOf(file).split('\\').some((segment) => /^api$/i.test(segment));
}

/** The body's last statement is a `throw`. */
function endsInThrow(body: Node): boolean {
  const last = namedChildren(body).pop();
  return last?.type === 'expression_statement' && namedChildren(last)[0]?.type === 'throw_expression';
}
