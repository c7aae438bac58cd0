import type { Node } from 'web-tree-sitter';
import type { AuthHandlerFact } from '../../../model/lifecycleFacts';
import { dependsOnAtLeast } from '../../../model/project';
import type { PhpAdapter, PhpAdapterContext } from '../adapterContext';
import { calledName } from '../adapters/authSyntax';
import { callArguments, namedChildren, rangeOf, stringValue, unwrapParentheses } from '../syntax';
import { classConstantText, importsOf, namespaceOf, qualify } from './phpNames';
import { customLoginTakesPassword } from '../../yaml/symfonyLoginThrottling';
import { authenticatorChecksNoSecret, authenticatorTakesPassword } from './symfonyAuthenticators';

/**
 * The config builder's methods for the authenticators that take a guessable secret (SecurityBundle's
 * factories, `form_login` → `formLogin()`), and for the app's own authenticator classes, judged as in
 * security.yaml ({@link customLoginTakesPassword}).
 */
const CREDENTIAL_LOGINS: ReadonlySet<string> = new Set(['formlogin', 'jsonlogin', 'formloginldap', 'jsonloginldap', 'loginlink', 'httpbasic', 'httpbasicldap']);
const CUSTOM_LOGINS: ReadonlySet<string> = new Set(['customauthenticators', 'customauthenticator']);

/** One call made on a firewall's builder, or on a sub-builder it returned (`->formLogin()->checkPath(…)`). */
interface Link {
  readonly name: string;
  readonly call: Node;
}

/**
 * Symfony's security firewalls written with the PHP config builder (config/packages/security.php:
 * `return static function (SecurityConfig $security) { $security->firewall('main')->formLogin()…; }`),
 * in one chain, in several statements naming the firewall again, or through a variable
 * (`$main = $security->firewall('main'); $main->formLogin();`). A firewall that logs users in with a
 * password and has no `->loginThrottling()` is reported on its login call, as the YAML form is on its
 * login key. Firewalls set up inside a test or dev environment branch are not deployed.
 */
export const symfonySecurityPhpConfigAdapter: PhpAdapter = {
  name: 'symfony-security-php-config',
  collect(context) {
    if (!isPackageConfig(context.file.fileName) || !context.file.mentions(/SecurityConfig/) || !context.file.mentions(/firewall/)) return;
    const firewalls = firewallLinks(context);
    if (firewalls.size === 0) return;
    const project = context.file.project;
    const available = dependsOnAtLeast(project, 'symfony/security-bundle', '5.2.0') ?? dependsOnAtLeast(project, 'symfony/symfony', '5.2.0');
    for (const [name, links] of firewalls) {
      const has = (method: string, value?: RegExp): boolean => links.some((l) => l.name === method && (!value || value.test(unwrapParentheses(callArguments(l.call).positional[0] ?? l.call).text)));
      if (has('security', /^false$/i) || has('loginthrottling')) continue;
      const stateless = has('stateless', /^true$/i);
      const reader = {
        takesPassword: (c: string) => authenticatorTakesPassword(project, context.file.fileName, c),
        checksNoSecret: (c: string) => authenticatorChecksNoSecret(project, context.file.fileName, c),
      };
      const login = links.find((l) => CREDENTIAL_LOGINS.has(l.name) || (CUSTOM_LOGINS.has(l.name) && customLoginTakesPassword(authenticatorClasses(context, l.call), stateless, reader)));
      const nameNode = login?.call.childForFieldName('name');
      if (!login || !nameNode) continue;
      const fact: AuthHandlerFact = {
        kind: 'auth-handler',
        role: 'login',
        library: 'symfony',
        framework: 'symfony',
        evidence: `security.firewalls.${name}.${nameNode.text}()`,
        sessionStorage: 'server',
        range: rangeOf(nameNode),
        rateLimited: false,
        firewallThrottle: { firewall: name, authenticator: `${nameNode.text}()`, available },
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

/** Every firewall's links by name, in source order. */
function firewallLinks(context: PhpAdapterContext): Map<string, Link[]> {
  const byName = new Map<string, Link[]>();
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
    byName.get(name)!.push({ name: calledName(call) ?? '', call }, ...chainAbove(call));
  }
  return byName;
}

/** The calls chained on `call`'s result: `->provider(…)->formLogin()->checkPath(…)`. */
function chainAbove(call: Node): Link[] {
  const links: Link[] = [];
  for (let link: Node | null = call.parent; link?.type === 'member_call_expression'; link = link.parent) {
    links.push({ name: calledName(link) ?? '', call: link });
  }
  return links;
}

/** The variable is the security config builder: a parameter typed SecurityConfig. */
function isSecurityConfig(context: PhpAdapterContext, node: Node | undefined): boolean {
  if (!node || unwrapParentheses(node).type !== 'variable_name') return false;
  const name = unwrapParentheses(node).text;
  const parameters = context.file.scopeOf(node).childForFieldName('parameters');
  return (parameters ? namedChildren(parameters) : []).some((p) => p.childForFieldName('name')?.text === name && /SecurityConfig$/.test(p.childForFieldName('type')?.text ?? ''));
}

/** Inside `if ($container->env() === 'test')` (or 'dev'): settings for an environment that is not deployed. */
function inDevelopmentBranch(node: Node): boolean {
  for (let up: Node | null = node.parent; up; up = up.parent) {
    if (up.type !== 'if_statement') continue;
    const condition = up.childForFieldName('condition');
    const body = up.childForFieldName('body');
    if (condition && body && body.startIndex <= node.startIndex && /env\s*\(\s*\)/.test(condition.text) && /['"](test|dev)['"]/.test(condition.text) && !/!==|!=/.test(condition.text)) return true;
  }
  return false;
}

/** `->customAuthenticators([ApiAuthenticator::class])`: the classes, qualified. */
function authenticatorClasses(context: PhpAdapterContext, call: Node): string[] {
  const first = callArguments(call).positional[0];
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
