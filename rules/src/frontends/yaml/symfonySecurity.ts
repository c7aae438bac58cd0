import { isMap, isPair, isScalar, type Document, type Node as YamlNode } from 'yaml';
import type { AuthHandlerFact } from '../../model/lifecycleFacts';
import { securityLogsInWithSession } from '../php/app/symfonySessionLogin';
import { keyOf, mapAt, nodeRange, pairAt, type MapNode } from './yamlNodes';

/**
 * Symfony's `security.session_fixation_strategy: none` (config/packages/security.yaml, `when@prod`
 * included): the security component then keeps the session id across login, for every firewall. The
 * default, `migrate`, gives the session a new id and keeps its attributes; `invalidate` also drops
 * them. Either renews the id; only `none` does not. Where no firewall keeps a user in the session
 * (every one `stateless`, a JWT API), there is no session id to fix: not reported.
 */
export function symfonySessionFixationFact(document: Document): AuthHandlerFact | undefined {
  const root = isMap(document.contents) ? (document.contents as MapNode) : undefined;
  if (!root) return undefined;
  for (const security of [mapAt(root, 'security'), mapAt(mapAt(root, 'when@prod'), 'security')]) {
    const pair = security ? pairAt(security, 'session_fixation_strategy') : undefined;
    const value = pair?.value as YamlNode | null | undefined;
    if (!pair || !isScalar(value) || String(value.value).toLowerCase() !== 'none') continue;
    const range = nodeRange(value);
    if (!range || logsInWithSession(document) === false) continue;
    return {
      kind: 'auth-handler',
      role: 'login',
      library: 'symfony',
      framework: 'symfony',
      evidence: 'security.session_fixation_strategy: none',
      sessionStorage: 'server',
      range,
      identityWrite: range,
      renewal: 'missing',
      strategy: 'none',
      // Back to Symfony's default, which migrates the session to a new id on login.
      renewEdits: [{ range, newText: 'migrate' }],
      optionName: (key) => key,
    };
  }
  return undefined;
}

/** {@link securityLogsInWithSession} of this document; undefined when it cannot be read as data (an alias bomb). */
function logsInWithSession(document: Document): boolean | undefined {
  try {
    return securityLogsInWithSession(document.toJS({ maxAliasCount: 100 }));
  } catch {
    return undefined;
  }
}

/**
 * Symfony firewalls whose `logout.invalidate_session` is false (security.yaml, `when@prod` included):
 * the logout listener then removes the security token but keeps the session and its id. The
 * default is true (SecurityBundle's LogoutConfiguration). A logout action of such an app is the
 * firewall's, so the finding sits on the setting. A `stateless` firewall keeps no session to end.
 */
export function symfonyLogoutKeepsSessionFacts(document: Document): AuthHandlerFact[] {
  const root = isMap(document.contents) ? (document.contents as MapNode) : undefined;
  if (!root) return [];
  const facts: AuthHandlerFact[] = [];
  for (const security of [mapAt(root, 'security'), mapAt(mapAt(root, 'when@prod'), 'security')]) {
    for (const item of mapAt(security, 'firewalls')?.items ?? []) {
      const firewall = isPair(item) && isMap(item.value) ? (item.value as MapNode) : undefined;
      const stateless = firewall ? pairAt(firewall, 'stateless')?.value : undefined;
      if (isScalar(stateless) && stateless.value === true) continue;
      const logout = mapAt(firewall, 'logout');
      const value = logout ? (pairAt(logout, 'invalidate_session')?.value as YamlNode | null | undefined) : undefined;
      if (!isScalar(value) || value.value !== false) continue;
      const range = nodeRange(value);
      if (!range) continue;
      facts.push({
        kind: 'auth-handler',
        role: 'logout',
        library: 'symfony',
        framework: 'symfony',
        evidence: `security.firewalls.${isPair(item) ? keyOf(item) ?? '?' : '?'}.logout.invalidate_session: false`,
        sessionStorage: 'server',
        range,
        partialRange: range,
        destruction: 'partial',
        keptBySetting: true,
        // Back to Symfony's default, which invalidates the session on logout.
        destroyEdits: [{ range, newText: 'true' }],
        optionName: (key) => key,
      });
    }
  }
  return facts;
}
