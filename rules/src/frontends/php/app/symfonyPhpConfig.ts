import type { Node } from 'web-tree-sitter';
import type { FactEditor } from '../../../model/edit';
import { SYMFONY_SESSION_KEYS } from '../../yaml/symfony';
import type { SessionConfigFact } from '../../../model/facts';
import type { TextRange } from '../../../model/range';
import { dependsOnAtLeast } from '../../../model/project';
import { absent, envValue, known, unknown, type Value } from '../../../model/value';
import type { PhpAdapter, PhpAdapterContext } from '../adapterContext';
import { calledName, callTarget } from '../adapters/authSyntax';
import { callArguments, namedChildren, rangeOf, stringValue, unwrapParentheses } from '../syntax';
import type { PhpScalar, PhpValue } from '../values';

/** framework.session keys by neutral option; the config builder's methods are their camel-case forms (`cookie_secure` → `cookieSecure()`). */
const KEYS = SYMFONY_SESSION_KEYS;

/** `cookieSecure` → `cookie_secure`. */
function snakeCase(method: string): string {
  return method.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** One session setting as written: the value expression and the place it is set (`cookieSecure(false)` of a chain, or the array element). */
interface Setting {
  readonly value: Node;
  readonly place: TextRange;
}

interface SessionBlock {
  /** The `->session()` call or the `'session' =>` element: where a missing setting is reported. */
  readonly anchor: Node;
  readonly settings: Map<string, Setting>;
  /** False for `session(false)` / `'session' => false` / `->enabled(false)`: sessions are off. */
  readonly enabled: boolean;
}

/**
 * Symfony's framework.session written in PHP (config/packages/framework.php), in the config
 * builder form (`$framework->session()->cookieSecure('auto')->cookieSamesite('lax')`) and the array
 * form (`$container->extension('framework', ['session' => [...]])`, `loadFromExtension(...)`),
 * with the same defaults as the YAML form: from Symfony 7.0 `cookie_secure` 'auto' and
 * `cookie_samesite` 'lax'; HttpOnly on.
 */
export const symfonyPhpConfigAdapter: PhpAdapter = {
  name: 'symfony-php-config',
  collect(context) {
    if (!context.file.mentions(/FrameworkConfig|extension|loadFromExtension/) || !context.file.mentions(/session/i)) return;
    const block = builderSession(context) ?? arraySession(context);
    if (!block || !block.enabled) return;
    context.facts.push(sessionFact(context, block));
  },
};

/** `$framework->session()->handlerId(null)->cookieSecure('auto')`, in one chain or several statements. */
function builderSession(context: PhpAdapterContext): SessionBlock | undefined {
  let block: SessionBlock | undefined;
  for (const call of context.file.nodesOfType('member_call_expression')) {
    if (calledName(call) !== 'session' || !isFrameworkConfig(context, callTarget(call))) continue;
    const first = callArguments(call).positional[0];
    block ??= { anchor: call, settings: new Map(), enabled: true };
    if (first && /^false$/i.test(unwrapParentheses(first).text)) return { ...block, enabled: false };
    // The chain above the call: each link sets one key.
    for (let link: Node | null = call.parent; link?.type === 'member_call_expression'; link = link.parent) {
      const method = link.childForFieldName('name')?.text;
      const value = callArguments(link).positional[0];
      if (!method || !value) break;
      if (method === 'enabled' && /^false$/i.test(unwrapParentheses(value).text)) return { ...block, enabled: false };
      // The link alone (`cookieSecure(false)`), not the chain before it, which the call node spans.
      block.settings.set(snakeCase(method), { value, place: { start: link.childForFieldName('name')!.startIndex, end: link.endIndex } });
    }
  }
  return block;
}

/** The variable is the config builder: a parameter typed FrameworkConfig. */
function isFrameworkConfig(context: PhpAdapterContext, node: Node | undefined): boolean {
  if (!node || unwrapParentheses(node).type !== 'variable_name') return false;
  const name = unwrapParentheses(node).text;
  const fn = context.file.scopeOf(node);
  const parameters = fn.childForFieldName('parameters');
  return (parameters ? namedChildren(parameters) : []).some((p) => p.childForFieldName('name')?.text === name && /FrameworkConfig$/.test(p.childForFieldName('type')?.text ?? ''));
}

/** `$container->extension('framework', ['session' => [...]])` and `$container->loadFromExtension('framework', [...])`. */
function arraySession(context: PhpAdapterContext): SessionBlock | undefined {
  for (const call of context.file.nodesOfType('member_call_expression')) {
    const name = calledName(call);
    if (name !== 'extension' && name !== 'loadfromextension') continue;
    const [extension, config] = callArguments(call).positional;
    if (!extension || stringValue(extension) !== 'framework' || !config || unwrapParentheses(config).type !== 'array_creation_expression') continue;
    const session = elementOf(unwrapParentheses(config), 'session');
    if (!session) continue;
    const value = unwrapParentheses(session.value);
    if (/^false$/i.test(value.text)) return { anchor: session.element, settings: new Map(), enabled: false };
    const settings = new Map<string, Setting>();
    if (value.type === 'array_creation_expression') {
      for (const element of namedChildren(value)) {
        const [key, setting] = namedChildren(element);
        const keyText = key ? stringValue(key) : undefined;
        if (keyText && setting) settings.set(keyText, { value: setting, place: rangeOf(element) });
      }
    }
    const enabled = settings.get('enabled');
    return { anchor: session.element, settings, enabled: !(enabled && /^false$/i.test(unwrapParentheses(enabled.value).text)) };
  }
  return undefined;
}

function elementOf(array: Node, key: string): { element: Node; value: Node } | undefined {
  for (const element of namedChildren(array)) {
    const [k, v] = namedChildren(element);
    if (k && v && stringValue(k) === key) return { element, value: v };
  }
  return undefined;
}

function sessionFact(context: PhpAdapterContext, block: SessionBlock): SessionConfigFact {
  const modern = dependsOnAtLeast(context.file.project, 'symfony/framework-bundle', '7.0.0') !== false;
  const read = <T>(key: string, convert: (v: PhpScalar) => T | undefined, defaultValue: T | undefined): Value<T> => {
    const setting = block.settings.get(key);
    if (!setting) return absent(defaultValue);
    const place = setting.place;
    const resolved: PhpValue = context.resolver.resolve(setting.value);
    if (resolved.kind !== 'literal') return resolved.kind === 'env' ? envValue(resolved.source, rangeOf(setting.value), [], { optionRange: place }) : unknown(rangeOf(setting.value), place);
    const raw = resolved.value;
    if (typeof raw === 'string' && /%env\([^)%]*\)%/.test(raw)) return envValue(raw, rangeOf(setting.value), [], { optionRange: place });
    if (typeof raw === 'string' && /^%[^%]+%$/.test(raw)) return unknown(rangeOf(setting.value), place);
    // null: the setting is left to php.ini.
    if (raw === null) return absent(defaultValue);
    const converted = convert(raw);
    return converted === undefined ? unknown(rangeOf(setting.value), place) : known(converted, rangeOf(resolved.node), place);
  };
  const bool = (v: PhpScalar): boolean | undefined => (typeof v === 'boolean' ? v : typeof v === 'number' ? v !== 0 : undefined);
  const int = (v: PhpScalar): number | undefined => (typeof v === 'number' ? Math.trunc(v) : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);
  const text = (v: PhpScalar): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
  const secureSetting = block.settings.get('cookie_secure');
  const secureAuto = secureSetting && stringValue(unwrapParentheses(secureSetting.value)) === 'auto';
  // 'auto': Secure whenever the request came over HTTPS.
  const secure = secureAuto ? envValue('auto', rangeOf(secureSetting.value), [true], { optionRange: secureSetting.place }) : read<boolean>('cookie_secure', bool, modern ? true : false);
  return {
    kind: 'session-config',
    library: 'symfony',
    range: rangeOf(block.anchor),
    serverSide: true,
    cookie: {
      name: read('name', text, 'PHPSESSID'),
      httpOnly: read('cookie_httponly', bool, true),
      secure,
      sameSite: read('cookie_samesite', (v) => text(v)?.toLowerCase(), modern ? 'lax' : undefined),
      maxAge: read<number | null>('cookie_lifetime', (v) => {
        const seconds = int(v);
        return seconds === undefined ? undefined : seconds <= 0 ? null : seconds;
      }, null),
      domain: read('cookie_domain', text, undefined),
      path: read('cookie_path', text, '/'),
    },
    session: {
      idleTimeout: read('gc_maxlifetime', int, 1440),
      useCookies: read('use_cookies', bool, true),
      sidLength: read('sid_length', int, 32),
      sidBitsPerCharacter: read('sid_bits_per_character', int, 4),
      ...(block.settings.has('use_strict_mode') ? { strictMode: read('use_strict_mode', bool, true) } : {}),
    },
    optionName: (key) => KEYS[key] ?? key,
    editor: replacingEditor(block),
  };
}

/**
 * Edits a setting the config already makes (its value replaced, in PHP syntax). Adding a missing
 * setting to a builder chain or array is left to a person: no edit is offered.
 */
function replacingEditor(block: SessionBlock): FactEditor {
  // Ranges now: the syntax tree is gone when a rule asks for an edit.
  const valueRanges = new Map([...block.settings].map(([key, setting]) => [key, rangeOf(setting.value)] as const));
  return {
    setOption(key, value) {
      const configKey = KEYS[key];
      const range = configKey ? valueRanges.get(configKey) : undefined;
      if (!range) return undefined;
      const newText =
        value.type === 'boolean' ? String(value.value)
        : value.type === 'duration' ? String(Math.round(value.seconds))
        : value.type === 'string' ? `'${(key === 'sameSite' ? value.value.toLowerCase() : value.value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
        : `'%env(${value.name})%'`;
      return [{ range, newText }];
    },
  };
}
