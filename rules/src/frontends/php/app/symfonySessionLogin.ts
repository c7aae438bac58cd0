import { parse } from 'yaml';
import type { ProjectContext } from '../../../model/project';
import type { PhpFile } from '../fileContext';
import { composerAppOf } from './composerApp';
import { SECURITY_FILES } from './symfonyFirewallLogout';

/**
 * Firewall keys that log a user in (Symfony 2.8 to 7): each authenticates a request and, unless the
 * firewall is `stateless`, keeps the user in the session, which a forged request then carries.
 */
const AUTHENTICATORS = new Set([
  'form_login', 'form_login_ldap', 'json_login', 'json_login_ldap', 'http_basic', 'http_basic_ldap', 'login_link',
  'guard', 'custom_authenticator', 'custom_authenticators', 'remember_me', 'x509', 'remote_user', 'access_token',
  'simple_form', 'simple_preauth', 'oauth', 'saml', 'two_factor', 'entry_point', 'switch_user',
]);

const byManifest = new Map<string, { readonly text: string; readonly logsIn: boolean }>();

/**
 * Whether the Symfony app of `file` logs anyone in through the session, read from its security
 * config as data: false when every firewall is `security: false`, `stateless: true` (a JWT API) or
 * has no authenticator at all (`anonymous: ~` only, the skeleton's commented `form_login`);
 * undefined when no security config is found (the framework may still be configured in PHP). A
 * form without a CSRF token in such an app forges nothing: no session carries a user.
 */
export function symfonyLogsInWithSession(file: PhpFile): boolean | undefined {
  return symfonyAppLogsInWithSession(file.project, file.fileName);
}

/** {@link symfonyLogsInWithSession} for any file of the app (its framework.yaml too), by name. */
export function symfonyAppLogsInWithSession(project: ProjectContext, fileName: string): boolean | undefined {
  const app = composerAppOf(project, fileName);
  if (!app) return undefined;
  for (const relative of SECURITY_FILES) {
    const read = app.read(relative);
    if (!read) continue;
    const cached = byManifest.get(app.manifest);
    if (cached && cached.text === read.text) return cached.logsIn;
    const logsIn = logsInOf(read.text);
    if (logsIn !== undefined) byManifest.set(app.manifest, { text: read.text, logsIn });
    return logsIn;
  }
  return undefined;
}

function logsInOf(text: string): boolean | undefined {
  let document: unknown;
  try {
    document = parse(text, { logLevel: 'silent' });
  } catch {
    return undefined;
  }
  return securityLogsInWithSession(document);
}

/**
 * Whether a parsed security config (`security.firewalls`, `when@…` included) has a firewall that keeps
 * a logged-in user in the session; undefined when it lists no firewall.
 */
export function securityLogsInWithSession(document: unknown): boolean | undefined {
  const root = record(document);
  const securities = [record(root?.['security']), ...Object.entries(root ?? {}).filter(([key]) => key.startsWith('when@')).map(([, value]) => record(record(value)?.['security']))];
  const firewalls = securities.flatMap((security) => Object.values(record(security?.['firewalls']) ?? {}));
  if (firewalls.length === 0) return undefined;
  return firewalls.some((value) => {
    const firewall = record(value);
    if (!firewall || firewall['security'] === false || firewall['stateless'] === true) return false;
    return Object.keys(firewall).some((key) => AUTHENTICATORS.has(key) && firewall[key] !== false);
  });
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
