import type { Node } from 'web-tree-sitter';
import type { TextEdit } from '../../../model/edit';
import type { TextRange } from '../../../model/range';
import { rawValueOf, type PhpAdapterContext } from '../adapterContext';
import { insertIntoList, listLayout, removeListItem, removeStatement } from '../edits';
import { settingByIni, setsUpSession, type PhpSessionSetting, type RawValue } from '../sessionSettings';
import { callArguments, enclosingStatement, quoteOf, rangeOf } from '../syntax';
import type { PhpArray } from '../values';

/** What PHP code writes to the session settings: ini_set(), session_set_cookie_params(), session_name(), session_start() options. */

/** How a setting is written in PHP code; decides its name in messages and how a fix renders it. */
export type WriteForm = 'ini_set' | 'start' | 'params-array' | 'params-positional' | 'name';

export interface SettingWrite {
  readonly setting: PhpSessionSetting;
  readonly form: WriteForm;
  readonly raw: RawValue;
  /** Source offset, for "the last write wins". */
  readonly at: number;
  /** The value expression, replaced by fixes. */
  readonly replace: TextRange;
  readonly remove: TextEdit[] | undefined;
}

/** A session_start() call and the options it passes. */
export interface StartCall {
  readonly range: TextRange;
  /** The function (or file) the call is in, for pairing it with the session_id() call before it. */
  readonly scopeId: number;
  readonly options: 'none' | 'array' | 'opaque';
  readonly complete: boolean;
  readonly writes: readonly SettingWrite[];
  readonly optionsRange: TextRange | undefined;
  readonly insert: ((entry: string) => TextEdit[]) | undefined;
  /** True when the options set anything but read_and_close. */
  readonly configures: boolean;
}

export interface CookieParams {
  readonly form: 'array' | 'positional' | 'opaque';
  readonly complete: boolean;
  readonly insertEntry: ((entry: string) => TextEdit[]) | undefined;
  /** For the positional form: how many arguments there are, and how to append one. */
  readonly argumentCount: number;
  readonly appendArgument: ((argument: string) => TextEdit[]) | undefined;
}

/** Everything the file does to PHP's session settings outside session_start(). */
export interface RuntimeConfig {
  readonly writes: SettingWrite[];
  readonly cookieParams: CookieParams[];
  /** ini_set('session.*') statements, for adding a setting after the last one. */
  readonly iniSetStatements: TextRange[];
  /** Calls that configure sessions, in source order. */
  readonly configCalls: TextRange[];
  quote: "'" | '"';
}

export const START_ONLY_KEYS = new Set(['read_and_close']);

export function statementRange(node: Node): TextRange {
  const statement = enclosingStatement(node);
  return rangeOf(statement && statement.type === 'expression_statement' ? statement : node);
}

export function collectIniSets(context: PhpAdapterContext, config: RuntimeConfig): void {
  const { file, resolver } = context;
  for (const call of [...file.callsTo('ini_set'), ...file.callsTo('ini_alter')]) {
    const args = callArguments(call);
    const keyNode = args.positional[0] ?? args.named.get('option');
    const valueNode = args.positional[1] ?? args.named.get('value');
    if (!keyNode || !valueNode) continue;
    const key = resolver.resolve(keyNode);
    if (key.kind !== 'literal' || typeof key.value !== 'string' || !key.value.toLowerCase().startsWith('session.')) continue;
    config.quote = quoteOf(keyNode) ?? config.quote;
    const statement = statementRange(call);
    config.iniSetStatements.push(statement);
    const setting = settingByIni(key.value.slice('session.'.length));
    // Storage settings (save_path, serialize_handler, gc_probability…) say nothing about the
    // cookie or the id: a file that writes only those does not configure what the rules judge.
    if (!setting) continue;
    if (setsUpSession(setting)) config.configCalls.push(rangeOf(call));
    const raw = rawValueOf(resolver.resolve(valueNode), valueNode, rangeOf(call));
    config.writes.push({ setting, form: 'ini_set', raw, at: call.startIndex, replace: rangeOf(valueNode), remove: removeStatement(file.text, statement) });
  }
  config.iniSetStatements.sort((a, b) => a.start - b.start);
}

export const POSITIONAL_PARAMETERS = ['lifetime_or_options', 'path', 'domain', 'secure', 'httponly'];

export function collectCookieParams(context: PhpAdapterContext, config: RuntimeConfig): void {
  const { file, resolver } = context;
  for (const call of file.callsTo('session_set_cookie_params')) {
    const args = callArguments(call);
    const first = args.positional[0] ?? args.named.get('lifetime_or_options');
    if (!first) continue;
    config.configCalls.push(rangeOf(call));
    const firstValue = resolver.resolve(first);
    const onlyOne = args.argumentNodes.length === 1;
    if (firstValue.kind === 'array') {
      config.cookieParams.push(arrayCookieParams(context, config, firstValue));
      continue;
    }
    if (onlyOne && firstValue.kind !== 'literal' && firstValue.kind !== 'env') {
      // session_set_cookie_params($params): an array or a lifetime, we cannot tell.
      config.cookieParams.push({ form: 'opaque', complete: false, insertEntry: undefined, argumentCount: 0, appendArgument: undefined });
      continue;
    }
    POSITIONAL_PARAMETERS.forEach((parameter, index) => {
      const node = args.positional[index] ?? args.named.get(parameter);
      const setting = node && settingByIni(['cookie_lifetime', 'cookie_path', 'cookie_domain', 'cookie_secure', 'cookie_httponly'][index]!);
      if (!node || !setting) return;
      // `null` leaves the setting as it is.
      const value = resolver.resolve(node);
      if (value.kind === 'literal' && value.value === null) return;
      const remove = setting.ini === 'cookie_domain' ? [{ range: rangeOf(node), newText: "''" }] : undefined;
      config.writes.push({ setting, form: 'params-positional', raw: rawValueOf(value, node, rangeOf(call)), at: node.startIndex, replace: rangeOf(node), remove });
    });
    const layout = args.node && !args.spread && args.named.size === 0 ? listLayout(args.node, ['argument']) : undefined;
    config.cookieParams.push({
      form: 'positional',
      complete: true,
      insertEntry: undefined,
      argumentCount: args.positional.length,
      appendArgument: layout ? (argument) => insertIntoList(file.text, layout, argument) : undefined,
    });
  }
}

export function arrayCookieParams(context: PhpAdapterContext, config: RuntimeConfig, array: PhpArray): CookieParams {
  const { file } = context;
  for (const entry of array.entries) {
    if (typeof entry.key !== 'string') continue;
    const setting = cookieSettingByParam(entry.key);
    if (!setting) continue;
    config.quote = quoteOf(entry.element.namedChildren[0] ?? undefined) ?? config.quote;
    config.writes.push({
      setting,
      form: 'params-array',
      raw: rawValueOf(entry.value, entry.valueNode, rangeOf(entry.element)),
      at: entry.element.startIndex,
      replace: rangeOf(entry.valueNode),
      remove: entry.element.type === 'array_element_initializer' ? removeListItem(file.text, entry.element) : undefined,
    });
  }
  const layout = array.node ? listLayout(array.node, ['array_element_initializer']) : undefined;
  return { form: 'array', complete: array.complete, insertEntry: layout ? (entry) => insertIntoList(file.text, layout, entry) : undefined, argumentCount: 1, appendArgument: undefined };
}

export function cookieSettingByParam(param: string): PhpSessionSetting | undefined {
  const lower = param.toLowerCase();
  return ['cookie_lifetime', 'cookie_path', 'cookie_domain', 'cookie_secure', 'cookie_httponly', 'cookie_samesite'].map((ini) => settingByIni(ini)!).find((s) => s.cookieParam === lower);
}

export function collectSessionName(context: PhpAdapterContext, config: RuntimeConfig): void {
  const { file, resolver } = context;
  for (const call of file.callsTo('session_name')) {
    const args = callArguments(call);
    const node = args.positional[0] ?? args.named.get('name');
    if (!node) continue;
    const setting = settingByIni('name')!;
    config.writes.push({ setting, form: 'name', raw: rawValueOf(resolver.resolve(node), node, rangeOf(call)), at: call.startIndex, replace: rangeOf(node), remove: undefined });
  }
}

export function startCall(context: PhpAdapterContext, call: Node, config: RuntimeConfig): StartCall {
  const { file, resolver } = context;
  const args = callArguments(call);
  const optionsNode = args.positional[0] ?? args.named.get('options');
  const range = rangeOf(call);
  const scopeId = file.scopeOf(call).id;
  if (!optionsNode) return { range, scopeId, options: 'none', complete: true, writes: [], optionsRange: undefined, insert: undefined, configures: false };
  const options = resolver.resolve(optionsNode);
  if (options.kind !== 'array') return { range, scopeId, options: 'opaque', complete: false, writes: [], optionsRange: rangeOf(optionsNode), insert: undefined, configures: true };
  const writes: SettingWrite[] = [];
  let configures = !options.complete;
  for (const entry of options.entries) {
    if (typeof entry.key !== 'string') continue;
    const setting = settingByIni(entry.key);
    if (!START_ONLY_KEYS.has(entry.key) && (!setting || setsUpSession(setting))) configures = true;
    if (!setting) continue;
    config.quote = quoteOf(entry.element.namedChildren[0] ?? undefined) ?? config.quote;
    writes.push({
      setting,
      form: 'start',
      raw: rawValueOf(entry.value, entry.valueNode, rangeOf(entry.element)),
      at: entry.element.startIndex,
      replace: rangeOf(entry.valueNode),
      remove: entry.element.type === 'array_element_initializer' ? removeListItem(file.text, entry.element) : undefined,
    });
  }
  const layout = options.node ? listLayout(options.node, ['array_element_initializer']) : undefined;
  return {
    range,
    scopeId,
    options: 'array',
    complete: options.complete,
    writes,
    optionsRange: rangeOf(optionsNode),
    insert: layout ? (entry) => insertIntoList(file.text, layout, entry) : undefined,
    configures,
  };
}
