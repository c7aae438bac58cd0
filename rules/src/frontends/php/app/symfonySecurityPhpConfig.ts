import type { Node } from 'web-tree-sitter';
import type { AuthHandlerFact } from '../../../model/lifecycleFacts';
import { dependsOnAtLeast } from '../../../model/project';
import type { PhpAdapter, PhpAdapterContext } from '../adapterContext';
import { calledName } from '../adapters/authSyntax';
import { callArguments, namedChildren, rangeOf, stringValue, unwrapParentheses } from '../syntax';
import { classConstantText, importsOf, namespaceOf, qualify } from './phpNames';
import { customLoginTakesPassword } from '../../yaml/symfonyLoginThrottling';
import { authenticatorChecksNoSecret, authenticatorTakesPassword } from './symfonyAuthenticators';
import { arrayFirewalls, inDevelopmentBranch, type FirewallSetting } from './symfonySecurityArrayConfig';

/**
 * The config builder's methods for the authenticators that take a guessable secret (SecurityBundle's
 * factories, `form_login` → `formLogin()`), and for the app's own authenticator classes, judged as in
 * security.yaml ({@link customLoginTakesPassword}).
 */
const CREDENTIAL_LOGINS: ReadonlySet<string> = new Set(['formlogin', 'jsonlogin', 'formloginldap', 'jsonloginldap', 'loginlink', 'httpbasic', 'httpbasicldap']);
const CUSTOM_LOGINS: ReadonlySet<string> = new Set(['customauthenticators', 'customauthenticator']);


/**
 * Symfony's security firewalls written with the PHP config builder (config/packages/security.php:
 * `return static function (SecurityConfig $security) { $security->firewall('main')->formLogin()…; }`),
 * in one chain, in several statements naming the firewall again, or through a variable
 * (`$main = $security->firewall('main'); $main->formLogin();`), or as arrays
 * ({@link arrayFirewalls}). A firewall that logs users in with a
 * password and has no `->loginThrottling()` is reported on its login call, as the YAML form is on its
 * login key. Firewalls set up inside a test or dev environment branch are not deployed.
 */
export const symfonySecurityPhpConfigAdapter: PhpAdapter = {
  name: 'symfony-security-php-config',
  collect(context) {
    if (!isPackageConfig(context.file.fileName) || !context.file.mentions(/firewall/)) return;
    const firewalls = context.file.mentions(/SecurityConfig/) ? firewallLinks(context) : new Map<string, FirewallSetting[]>();
    for (const [name, settings] of arrayFirewalls(context.file)) firewalls.set(name, [...(firewalls.get(name) ?? []), ...settings]);
    const project = context.file.project;
    const available = dependsOnAtLeast(project, 'symfony/security-bundle', '5.2.0') ?? dependsOnAtLeast(project, 'symfony/symfony', '5.2.0');
    const reader = {
      takesPassword: (c: string) => authenticatorTakesPassword(project, context.file.fileName, c),
      checksNoSecret: (c: string) => authenticatorChecksNoSecret(project, context.file.fileName, c),
    };
    for (const [name, settings] of firewalls) {
      const has = (key: string, value?: RegExp): boolean => settings.some((l) => l.name === key && (!value || (l.value !== undefined && value.test(unwrapParentheses(l.value).text))));
      if (has('security', /^false$/i) || has('loginthrottling')) continue;
      const stateless = has('stateless', /^true$/i);
      const login = settings.find(
        (l) => !(l.value && /^false$/i.test(unwrapParentheses(l.value).text)) && (CREDENTIAL_LOGINS.has(l.name) || (CUSTOM_LOGINS.has(l.name) && customLoginTakesPassword(authenticatorClasses(context, l.value), stateless, reader))),
      );
      if (!login) continue;
      const fact: AuthHandlerFact = {
        kind: 'auth-handler',
        role: 'login',
        library: 'symfony',
        framework: 'symfony',
        evidence: `security.firewalls.${name}.${login.written}`,
        sessionStorage: 'server',
        range: rangeOf(login.anchor),
        rateLimited: false,
        firewallThrottle: { firewall: name, authenticator: login.written, available },
        optionName: (key) => key,
      };
      context.facts.push(fact);
    }
  },
};

/**
 * Symfony loads config/packages/*.php (and config/packages/prod/): the same closure pasted elsewhere
 * (a documentation snippet left under a controller class) configures nothing.
 */
function isPackageConfig(fileName: string): boolean {
  return /(^|\/)config\/packages\/(prod\/)?[^/]+\.php$/.test(fileName.replace(/\\/g, '/'));
}

/** Every firewall's builder calls by name, in source order. */
function firewallLinks(context: PhpAdapterContext): Map<string, FirewallSetting[]> {
  const byName = new Map<string, FirewallSetting[]>();
  const calls = context.file.nodesOfType('member_call_expression');
  // `$main = $security->firewall('main')`: the variable stands for the firewall in its function.
  const aliases = new Map<string, string>();
  for (const call of calls) {
    if (calledName(call) !== 'firewall' || !isSecurityConfig(context, call.childForFieldName('object') ?? undefined) || inDevelopmentBranch(call)) continue;
    const name = stringValue(callArguments(call).positional[0] ?? call);
    if (!name) continue;
    const links = byName.get(name) ?? [];
    byName.set(name, links);
    links.push(...chainAbove(call));
    const assignment = call.parent?.type === 'assignment_expression' ? call.parent : undefined;
    const variable = assignment?.childForFieldName('left');
    if (variable?.type === 'variable_name') aliases.set(variable.text, name);
  }
  for (const call of calls) {
    const object = call.childForFieldName('object');
    const name = object?.type === 'variable_name' ? aliases.get(object.text) : undefined;
    if (!name || inDevelopmentBranch(call)) continue;
    byName.get(name)!.push(settingOf(call), ...chainAbove(call));
  }
  return byName;
}

/** The calls chained on `call`'s result: `->provider(…)->formLogin()->checkPath(…)`. */
function chainAbove(call: Node): FirewallSetting[] {
  const links: FirewallSetting[] = [];
  for (let link: Node | null = call.parent; link?.type === 'member_call_expression'; link = link.parent) links.push(settingOf(link));
  return links;
}

function settingOf(call: Node): FirewallSetting {
  const name = call.childForFieldName('name') ?? call;
  return { name: calledName(call) ?? '', value: callArguments(call).positional[0], anchor: name, written: `${name.text}()` };
}

/** The variable is the security config builder: a parameter typed SecurityConfig. */
function isSecurityConfig(context: PhpAdapterContext, node: Node | undefined): boolean {
  if (!node || unwrapParentheses(node).type !== 'variable_name') return false;
  const name = unwrapParentheses(node).text;
  const parameters = context.file.scopeOf(node).childForFieldName('parameters');
  return (parameters ? namedChildren(parameters) : []).some((p) => p.childForFieldName('name')?.text === name && /SecurityConfig$/.test(p.childForFieldName('type')?.text ?? ''));
}


/** `->customAuthenticators([ApiAuthenticator::class])`, `'custom_authenticators' => [...]`: the classes, qualified. */
function authenticatorClasses(context: PhpAdapterContext, first: Node | undefined): string[] {
  if (!first) return [];
  const imports = importsOf(context.file);
  const namespace = namespaceOf(context.file);
  const values = unwrapParentheses(first).type === 'array_creation_expression' ? namedChildren(unwrapParentheses(first)).map((e) => namedChildren(e).pop()) : [first];
  return values.flatMap((value) => {
    const written = classConstantText(value);
    if (written) return [qualify(written, imports, namespace)];
    const text = value ? stringValue(value) : undefined;
    return text ? [text] : [];
  });
}
