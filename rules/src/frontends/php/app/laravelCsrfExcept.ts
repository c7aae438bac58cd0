import type { Node } from 'web-tree-sitter';
import type { PhpFile } from '../fileContext';
import { namedChildren, stringValue, unwrapParentheses } from '../syntax';
import { exceptCovers, laravelAppOf, type AppRoute } from './laravelApp';

const UNSAFE = /POST|PUT|PATCH|DELETE|ANY/;
/** Middleware that makes a route need a logged-in session: `auth`, `auth:web`, `auth:sanctum` (Sanctum's SPA mode is cookie sessions), `verified`. */
const SESSION_AUTH = /^(auth(:.*)?|verified|password\.confirm)$/i;

/** An `$except` entry that exempts logged-in users' state-changing routes from the CSRF check. */
export interface ExemptedRoutes {
  readonly node: Node;
  readonly pattern: string;
  readonly routes: readonly AppRoute[];
}

/**
 * Entries with a wildcard in `VerifyCsrfToken::$except` or `validateCsrfTokens(except: [...])` that
 * cover state-changing routes of routes/web.php behind `auth`: `'api/*'` over web routes under
 * /api, `'admin/*'`, and over routes/api.php's when they run with a session (Sanctum's stateful SPA
 * requests are checked by the same middleware and its except list). Webhook exemptions (`'stripe/*'`) cover routes without a login and are not
 * reported; the `'*'` entry is reported on its own.
 */
export function exemptedAuthRoutes(file: PhpFile, array: Node | undefined): ExemptedRoutes[] {
  if (!array || unwrapParentheses(array).type !== 'array_creation_expression') return [];
  const entries = namedChildren(unwrapParentheses(array)).flatMap((element) => {
    const value = namedChildren(element).pop();
    const pattern = value ? stringValue(value) : undefined;
    return pattern !== undefined && pattern.includes('*') && pattern !== '*' && pattern !== '/*' ? [{ node: element, pattern }] : [];
  });
  if (entries.length === 0) return [];
  const app = laravelAppOf(file);
  const routes = [...(app?.webRoutes() ?? []), ...(app?.sessionApiRoutes() ?? [])].filter((r) => UNSAFE.test(r.info.method) && r.middleware.some((m) => SESSION_AUTH.test(m)));
  return entries.flatMap(({ node, pattern }) => {
    const covered = routes.filter((r) => r.info.path !== undefined && exceptCovers(pattern, r.info.path));
    return covered.length > 0 ? [{ node, pattern, routes: covered }] : [];
  });
}

/** `POST /api/notes, DELETE /api/notes/{note}`, for messages. */
export function routeList(routes: readonly AppRoute[]): string {
  const shown = routes.slice(0, 1).map((r) => `${r.info.method} ${r.info.path ?? ''}`);
  return routes.length > 1 ? `${shown.join(', ')} and ${routes.length - 1} more` : shown.join(', ');
}
