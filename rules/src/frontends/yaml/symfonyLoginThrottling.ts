import { isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { AuthHandlerFact } from '../../model/lifecycleFacts';
import { dependsOnAtLeast, type ProjectContext } from '../../model/project';
import { authenticatorChecksNoSecret, authenticatorTakesPassword } from '../php/app/symfonyAuthenticators';
import { keyOf, mapAt, nodeRange, pairAt, type MapNode, type PairNode } from './yamlNodes';

/**
 * Firewall keys that log a user in with a secret an attacker can guess (SecurityBundle's
 * authenticator factories). `custom_authenticator(s)` and Symfony 4's `guard` are the user's own
 * classes: see {@link customLoginTakesPassword}.
 */
const CREDENTIAL_LOGINS = ['form_login', 'json_login', 'form_login_ldap', 'json_login_ldap', 'login_link', 'http_basic', 'http_basic_ldap'];
const CUSTOM_LOGINS = ['custom_authenticator', 'custom_authenticators', 'guard'];

/** `login_throttling` arrived in SecurityBundle 5.2; the full-stack `symfony/symfony` package carries it too. */
function throttlingAvailable(project: ProjectContext): boolean | undefined {
  return dependsOnAtLeast(project, 'symfony/security-bundle', '5.2.0') ?? dependsOnAtLeast(project, 'symfony/symfony', '5.2.0');
}

function flag(firewall: MapNode, key: string): unknown {
  const value = pairAt(firewall, key)?.value;
  return isScalar(value) ? value.value : undefined;
}

/** A firewall with no `host`, `methods` or `request_matcher`, and no `pattern` or `pattern: ^/`, matches every request (FirewallMap). */
function matchesEveryRequest(firewall: MapNode): boolean {
  if (['host', 'methods', 'request_matcher'].some((key) => pairAt(firewall, key) !== undefined)) return false;
  const pattern = flag(firewall, 'pattern');
  return pairAt(firewall, 'pattern') === undefined || pattern === '^/' || pattern === '^/.*' || pattern === '.*';
}

/** The authenticator classes a `custom_authenticator(s)` or `guard.authenticators` key names. */
function authenticatorClasses(value: unknown): string[] {
  if (isScalar(value)) return typeof value.value === 'string' ? [value.value] : [];
  if (isSeq(value)) return value.items.flatMap((item) => authenticatorClasses(item));
  if (isMap(value)) return authenticatorClasses(pairAt(value as MapNode, 'authenticators')?.value);
  return [];
}

/** What an authenticator class does with a password: see {@link authenticatorTakesPassword} and {@link authenticatorChecksNoSecret}. */
interface PasswordReader {
  takesPassword(qualifiedName: string): boolean | undefined;
  checksNoSecret(qualifiedName: string): boolean | undefined;
}

/**
 * The app's own authenticators log in with a password on a stateful firewall unless every one the app
 * declares is read and checks no secret (a JWT or OAuth passport, a Guard that ignores the
 * credentials); on a `stateless` firewall only when one is read and takes a password. Classes that are
 * not the app's (a bundle's Telegram or OAuth guard, a service id) cannot be read: they decide only
 * when the firewall names none of the app's own.
 */
export function customLoginTakesPassword(classes: readonly string[], stateless: boolean, reader: PasswordReader): boolean {
  if (classes.some((name) => reader.takesPassword(name) === true)) return true;
  if (stateless) return false;
  const judged = classes.map((name) => reader.checksNoSecret(name)).filter((verdict) => verdict !== undefined);
  return judged.length === 0 || judged.some((noSecret) => !noSecret);
}

/** The firewall's first login key, in the order written: where `login_throttling` goes beside it. */
function loginKey(firewall: MapNode, reader: PasswordReader): PairNode | undefined {
  const stateless = flag(firewall, 'stateless') === true;
  for (const item of firewall.items) {
    if (!isPair(item)) continue;
    const key = keyOf(item);
    if (key === undefined) continue;
    if (CREDENTIAL_LOGINS.includes(key) && !(isScalar(item.value) && item.value.value === false)) return item;
    if (CUSTOM_LOGINS.includes(key) && customLoginTakesPassword(authenticatorClasses(item.value), stateless, reader)) return item;
  }
  return undefined;
}

/** The `check_path` a login key names explicitly (a path or a route name); undefined for the default. */
function checkPathOf(login: PairNode): string | undefined {
  const options = isMap(login.value) ? (login.value as MapNode) : undefined;
  const value = options ? flag(options, 'check_path') : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Symfony firewalls that log users in without `login_throttling` (security.yaml, `when@prod`
 * included): nothing then limits how fast passwords are tried. Reported on the firewall's login key,
 * where the setting goes. A firewall with `security: false` logs nobody in; `when@test` and
 * `when@dev` are not deployed. Before Symfony 5.2 the setting does not exist: still reported, the
 * message names the upgrade (or a bundle) as the fix.
 */
export function symfonyUnthrottledLoginFacts(document: Document, project: ProjectContext, fileName: string): AuthHandlerFact[] {
  const root = isMap(document.contents) ? (document.contents as MapNode) : undefined;
  if (!root) return [];
  const available = throttlingAvailable(project);
  const facts: AuthHandlerFact[] = [];
  for (const security of [mapAt(root, 'security'), mapAt(mapAt(root, 'when@prod'), 'security')]) {
    let caughtAll = false;
    // The check paths earlier firewalls log in at: the first firewall that matches a request handles it.
    const claimedCheckPaths = new Set<string>();
    for (const item of mapAt(security, 'firewalls')?.items ?? []) {
      const firewall = isPair(item) && isMap(item.value) ? (item.value as MapNode) : undefined;
      // Symfony asks the firewalls in order and uses the first that matches: after one that matches every request, none is reached.
      if (!firewall || caughtAll) continue;
      caughtAll = matchesEveryRequest(firewall);
      if (flag(firewall, 'security') === false) continue;
      const login = loginKey(firewall, {
        takesPassword: (name) => authenticatorTakesPassword(project, fileName, name),
        checksNoSecret: (name) => authenticatorChecksNoSecret(project, fileName, name),
      });
      const range = login ? nodeRange(login.key as YamlNode) : undefined;
      if (!login || !range) continue;
      // A login at the same check_path as an earlier firewall's never receives the POST: that firewall
      // answers it (Sonata's admin and main firewalls sharing one context and one check route).
      const checkPath = checkPathOf(login);
      if (checkPath !== undefined && claimedCheckPaths.has(checkPath)) continue;
      if (checkPath !== undefined) claimedCheckPaths.add(checkPath);
      if (pairAt(firewall, 'login_throttling')) continue;
      const name = (isPair(item) ? keyOf(item) : undefined) ?? '?';
      facts.push({
        kind: 'auth-handler',
        role: 'login',
        library: 'symfony',
        framework: 'symfony',
        evidence: `security.firewalls.${name}.${keyOf(login) ?? '?'}`,
        sessionStorage: 'server',
        range,
        rateLimited: false,
        firewallThrottle: { firewall: name, authenticator: keyOf(login) ?? '?', available },
        optionName: (key) => key,
      });
    }
  }
  return facts;
}
