import { parse } from 'yaml';
import type { PhpFile } from '../fileContext';
import { composerAppOf } from './composerApp';
import type { SymfonyRoute } from './symfonyRoutes';

/** Where a Symfony app keeps its security config: Flex (≥ 4) and the Symfony 2/3 layout. */
export const SECURITY_FILES = ['config/packages/security.yaml', 'config/packages/security.yml', 'app/config/security.yml'];

/** What firewalls' `logout.path` values name: paths (`/logout`) and route names (`app_logout`). */
interface LogoutTargets {
  readonly paths: ReadonlySet<string>;
  readonly names: ReadonlySet<string>;
}

const byManifest = new Map<string, { readonly text: string; readonly targets: LogoutTargets }>();

/**
 * Whether a firewall's logout listener answers a controller action's route before the action runs:
 * the route's path or its name is a firewall's `logout.path` (Symfony takes either: "the path which
 * triggers logout, a route name or a path"; `/logout` by default, `logout: true` included). Such an
 * action is the firewall's; the listener invalidates the session unless `invalidate_session: false`,
 * which is reported on that setting.
 */
export function firewallAnswersLogout(file: PhpFile, route: SymfonyRoute): boolean {
  const targets = logoutTargets(file);
  if (!targets) return false;
  return (route.info.path !== undefined && targets.paths.has(route.info.path.replace(/\/$/, '') || '/')) || (route.name !== undefined && targets.names.has(route.name));
}

function logoutTargets(file: PhpFile): LogoutTargets | undefined {
  const app = composerAppOf(file.project, file.fileName);
  if (!app) return undefined;
  for (const relative of SECURITY_FILES) {
    const read = app.read(relative);
    if (!read) continue;
    const cached = byManifest.get(app.manifest);
    if (cached && cached.text === read.text) return cached.targets;
    const targets = targetsOf(read.text);
    byManifest.set(app.manifest, { text: read.text, targets });
    return targets;
  }
  return undefined;
}

/** The logout paths of `security.firewalls.*` (and `when@prod`), read as data. */
function targetsOf(text: string): LogoutTargets {
  const paths = new Set<string>();
  const names = new Set<string>();
  let document: unknown;
  try {
    document = parse(text, { logLevel: 'silent' });
  } catch {
    return { paths, names };
  }
  const root = record(document);
  for (const security of [record(root?.['security']), record(record(root?.['when@prod'])?.['security'])]) {
    for (const firewall of Object.values(record(security?.['firewalls']) ?? {})) {
      const logout = record(firewall)?.['logout'];
      if (logout === undefined || logout === false) continue;
      const path = record(logout)?.['path'];
      const target = typeof path === 'string' ? path : '/logout';
      if (target.startsWith('/')) paths.add(target.replace(/\/$/, '') || '/');
      else names.add(target);
    }
  }
  return { paths, names };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
