import type { Node } from 'web-tree-sitter';
import { calledName } from '../adapters/authSyntax';
import type { PhpFile } from '../fileContext';
import { callArguments, namedChildren, stringValue, unwrapParentheses } from '../syntax';

/**
 * Symfony's security config written as PHP arrays: `$container->extension('security', [...])`,
 * `$container->loadFromExtension('security', [...])` (Symfony 4 to 7) and `App::config(['security' =>
 * [...]])` (Symfony 7.3+): each firewall of `'firewalls' => [...]` with its keys, named as the
 * builder's methods are (`'form_login'` → `formlogin`). Arrays inside a test or dev environment
 * branch are not deployed.
 */
export function arrayFirewalls(file: PhpFile): Map<string, FirewallSetting[]> {
  const byName = new Map<string, FirewallSetting[]>();
  for (const security of securityArrays(file)) {
    if (inDevelopmentBranch(security)) continue;
    const firewalls = elementValue(security, 'firewalls');
    if (!firewalls || firewalls.type !== 'array_creation_expression') continue;
    for (const element of namedChildren(firewalls)) {
      const [key, value] = namedChildren(element);
      const name = key ? stringValue(key) : undefined;
      if (!name || !value || unwrapParentheses(value).type !== 'array_creation_expression') continue;
      const settings = byName.get(name) ?? [];
      byName.set(name, settings);
      for (const setting of namedChildren(unwrapParentheses(value))) {
        const [settingKey, settingValue] = namedChildren(setting);
        const written = settingKey ? stringValue(settingKey) : undefined;
        if (!written || !settingKey) continue;
        settings.push({ name: written.replace(/_/g, '').toLowerCase(), value: settingValue, anchor: settingKey, written });
      }
    }
  }
  return byName;
}

/** The security extension's arrays: the second argument of `extension('security', …)`, or the value of a `'security' =>` element. */
function securityArrays(file: PhpFile): Node[] {
  const found: Node[] = [];
  for (const call of [...file.nodesOfType('member_call_expression'), ...file.nodesOfType('scoped_call_expression')]) {
    const name = calledName(call);
    const [first, second] = callArguments(call).positional;
    if ((name === 'extension' || name === 'loadfromextension') && first && stringValue(first) === 'security' && second) {
      found.push(unwrapParentheses(second));
      continue;
    }
    if (name !== 'config' || !first || unwrapParentheses(first).type !== 'array_creation_expression') continue;
    const security = elementValue(unwrapParentheses(first), 'security');
    if (security) found.push(security);
  }
  return found.filter((node) => node.type === 'array_creation_expression');
}

function elementValue(array: Node, key: string): Node | undefined {
  for (const element of namedChildren(array)) {
    const [k, v] = namedChildren(element);
    if (k && v && stringValue(k) === key) return unwrapParentheses(v);
  }
  return undefined;
}

/**
 * One setting of a firewall: a call made on its builder or on a sub-builder it returned
 * (`->formLogin()->checkPath(…)`), or a key of its array (`'form_login' => [...]`). `name` is
 * lower-cased without underscores, so both forms meet (`formlogin`).
 */
export interface FirewallSetting {
  readonly name: string;
  /** The call's first argument or the key's value. */
  readonly value: Node | undefined;
  /** Where a finding about it goes: the method name or the key. */
  readonly anchor: Node;
  /** How it is written, for messages: `formLogin()`, `form_login`. */
  readonly written: string;
}

/** Inside `if ($container->env() === 'test')` (or 'dev'): settings for an environment that is not deployed. */
export function inDevelopmentBranch(node: Node): boolean {
  for (let up: Node | null = node.parent; up; up = up.parent) {
    if (up.type !== 'if_statement') continue;
    const condition = up.childForFieldName('condition');
    const body = up.childForFieldName('body');
    if (condition && body && body.startIndex <= node.startIndex && /env\s*\(\s*\)/.test(condition.text) && /['"](test|dev)['"]/.test(condition.text) && !/!==|!=/.test(condition.text)) return true;
  }
  return false;
}
