import type { Node } from 'web-tree-sitter';
import type { FactEditor, FixValue, OptionKey, TextEdit } from '../../../model/edit';
import type { SessionConfigFact } from '../../../model/facts';
import { dependsOnAtLeast } from '../../../model/project';
import type { TextRange } from '../../../model/range';
import { absent, known, mapValue, unknown, type Value } from '../../../model/value';
import { factValue, type PhpAdapter, type PhpAdapterContext } from '../adapterContext';
import { insertIntoList, listLayout, phpString, removeListItem } from '../edits';
import { callArguments, globalFunctionName, namedChildren, quoteOf, rangeOf, unwrapParentheses } from '../syntax';
import { arrayEntry, truthy, type PhpArray, type PhpArrayEntry, type PhpScalar } from '../values';

/** config/session.php keys by neutral option. `lifetime` is in minutes and also sets the cookie's lifetime. */
const KEYS: Partial<Record<OptionKey, string>> = {
  name: 'cookie',
  httpOnly: 'http_only',
  secure: 'secure',
  sameSite: 'same_site',
  maxAge: 'lifetime',
  idleTimeout: 'lifetime',
  domain: 'domain',
  path: 'path',
  store: 'driver',
};

const MINUTES_KEYS = new Set(['lifetime']);

/** True for Laravel's session config file (config/session.php). */
export function isLaravelSessionConfig(fileName: string): boolean {
  return /(^|\/)config\/session\.php$/i.test(fileName.replace(/\\/g, '/'));
}

/** Keys only a session cookie config has: a cache or queue config also has 'driver' and 'lifetime'. */
const COOKIE_KEYS = ['cookie', 'http_only', 'same_site', 'expire_on_close'];

/**
 * A Laravel (or Lumen) session config by its content, wherever it lives (config/session.local.php,
 * a package's config, a copy in another folder): the returned array has 'driver' and 'lifetime' and
 * a cookie key of Laravel's config. A quick text test first: most PHP files return no such array.
 */
function mightBeLaravelSessionConfig(text: string): boolean {
  return /['"]lifetime['"]\s*=>/.test(text) && /['"]driver['"]\s*=>/.test(text);
}

function hasLaravelSessionShape(array: PhpArray): boolean {
  const keys = new Set(array.entries.map((e) => e.key).filter((k): k is string => typeof k === 'string'));
  return keys.has('driver') && keys.has('lifetime') && COOKIE_KEYS.some((k) => keys.has(k));
}

/**
 * Laravel's config/session.php (or a file with its content): the array the file returns. Absent keys take the framework's
 * values (StartSession: secure false, http_only true, same_site null before Laravel 11, whose
 * shipped defaults merge 'lax' in; lifetime 120 minutes). `lifetime` is an idle timeout: the
 * session and its cookie expire that many minutes after the last request.
 */
export const laravelAdapter: PhpAdapter = {
  name: 'laravel',
  collect(context) {
    const byName = isLaravelSessionConfig(context.file.fileName);
    if (!byName && !mightBeLaravelSessionConfig(context.file.text)) return;
    const returned = returnedArray(context);
    if (!returned || (!byName && !hasLaravelSessionShape(returned.array))) return;
    const { array, node } = returned;
    const quote = firstQuote(array) ?? "'";
    const entry = (key: string): PhpArrayEntry | undefined => arrayEntry(array, key);
    const read = <T>(key: string, convert: (v: PhpScalar) => T | undefined, defaultValue: T | undefined): Value<T> => {
      const e = entry(key);
      if (!e) return array.complete ? absent(defaultValue) : unknown();
      return factValue(e.value, e.valueNode, rangeOf(e.element), convert);
    };
    const bool = (v: PhpScalar): boolean => truthy(v);
    const text = (v: PhpScalar): string | undefined => (v === null ? '' : typeof v === 'string' ? v : undefined);
    const minutes = (v: PhpScalar): number | undefined => (typeof v === 'number' ? v * 60 : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) * 60 : undefined);
    const laravel11 = dependsOnAtLeast(context.file.project, 'laravel/framework', '11.0.0') === true;
    const lifetime = read('lifetime', minutes, 120 * 60);
    const expireOnClose = read('expire_on_close', bool, false);
    const driver = read('driver', (v) => (typeof v === 'string' ? (v === 'array' ? 'memory' : v) : undefined), 'file');
    const maxAge: Value<number | null> = expireOnClose.kind === 'known' && expireOnClose.value ? known(null, expireOnClose.range, expireOnClose.optionRange) : mapValue(lifetime, (s): number | null => s);
    const fact: SessionConfigFact = {
      kind: 'session-config',
      library: 'laravel',
      range: rangeOf(node),
      optionsRange: rangeOf(node),
      serverSide: !(driver.kind === 'known' && driver.value === 'cookie'),
      cookie: {
        name: read('cookie', text, undefined),
        httpOnly: read('http_only', bool, true),
        secure: read('secure', bool, false),
        sameSite: read('same_site', (v) => text(v)?.toLowerCase(), laravel11 ? 'lax' : undefined),
        maxAge,
        domain: read('domain', text, undefined),
        path: read('path', text, '/'),
      },
      session: { store: driver, idleTimeout: lifetime },
      optionName: (key) => (KEYS[key] ? `'${KEYS[key]}'` : key),
      editor: laravelEditor(context.file.text, array, quote),
    };
    context.facts.push(fact);
  },
};

function returnedArray(context: PhpAdapterContext): { array: PhpArray; node: Node } | undefined {
  for (const statement of namedChildren(context.file.root)) {
    if (statement.type !== 'return_statement') continue;
    const expression = namedChildren(statement)[0];
    if (!expression) continue;
    const value = context.resolver.resolve(expression);
    if (value.kind === 'array') return { array: value, node: value.node ?? expression };
  }
  return undefined;
}

function firstQuote(array: PhpArray): "'" | '"' | undefined {
  for (const entry of array.entries) {
    const key = entry.element.type === 'array_element_initializer' ? namedChildren(entry.element)[0] : undefined;
    const quote = quoteOf(key);
    if (quote) return quote;
  }
  return undefined;
}

function render(configKey: string, value: FixValue, quote: "'" | '"'): string | undefined {
  switch (value.type) {
    case 'boolean':
      return String(value.value);
    case 'string':
      return phpString(value.value, quote);
    case 'duration':
      return MINUTES_KEYS.has(configKey) ? String(Math.max(1, Math.floor(value.seconds / 60))) : String(Math.round(value.seconds));
    case 'env':
      return `env(${phpString(value.name, quote)})`;
  }
}

interface EntryEdit {
  /** Replaces the value as written. */
  readonly replace: TextRange;
  /** For `env('X')` / `env('X', default)`: where the default goes, so the variable keeps working. */
  readonly envDefault?: { readonly replace?: TextRange; readonly insertAt?: number };
  readonly remove: TextEdit[] | undefined;
}

function entryEdit(text: string, entry: PhpArrayEntry): EntryEdit {
  // `(int) env('SESSION_LIFETIME', 120)`: the env() call inside a cast.
  let valueNode = unwrapParentheses(entry.valueNode);
  if (valueNode.type === 'cast_expression') valueNode = unwrapParentheses(valueNode.childForFieldName('value') ?? valueNode);
  const remove = entry.element.type === 'array_element_initializer' ? removeListItem(text, entry.element) : undefined;
  if (valueNode.type === 'function_call_expression' && globalFunctionName(valueNode) === 'env') {
    const args = callArguments(valueNode);
    if (!args.spread && args.named.size === 0 && args.positional.length === 2) return { replace: rangeOf(entry.valueNode), envDefault: { replace: rangeOf(args.positional[1]!) }, remove };
    if (!args.spread && args.named.size === 0 && args.positional.length === 1) return { replace: rangeOf(entry.valueNode), envDefault: { insertAt: args.positional[0]!.endIndex }, remove };
  }
  return { replace: rangeOf(entry.valueNode), remove };
}

/** Edits the returned array; an `env('X')` value keeps reading X and gets a secure default. */
function laravelEditor(text: string, array: PhpArray, quote: "'" | '"'): FactEditor {
  const edits = new Map<string, EntryEdit>();
  for (const entry of array.entries) if (typeof entry.key === 'string') edits.set(entry.key, entryEdit(text, entry));
  const layout = array.node ? listLayout(array.node, ['array_element_initializer']) : undefined;
  return {
    setOption(key, value) {
      const configKey = KEYS[key];
      if (!configKey || key === 'store') return undefined;
      const valueText = render(configKey, value, quote);
      if (valueText === undefined) return undefined;
      const existing = edits.get(configKey);
      if (existing?.envDefault?.replace) return [{ range: existing.envDefault.replace, newText: valueText }];
      if (existing?.envDefault?.insertAt !== undefined) return [{ range: { start: existing.envDefault.insertAt, end: existing.envDefault.insertAt }, newText: `, ${valueText}` }];
      if (existing) return [{ range: existing.replace, newText: valueText }];
      return layout ? insertIntoList(text, layout, `${phpString(configKey, quote)} => ${valueText}`) : undefined;
    },
    removeOption(key) {
      const configKey = KEYS[key];
      const existing = configKey ? edits.get(configKey) : undefined;
      if (!existing) return undefined;
      if (key === 'domain') return [{ range: existing.envDefault?.replace ?? existing.replace, newText: 'null' }];
      return existing.remove;
    },
  };
}
