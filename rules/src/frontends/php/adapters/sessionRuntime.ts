import type { Node } from 'web-tree-sitter';
import type { FactEditor, FixValue, OptionKey, TextEdit } from '../../../model/edit';
import type { SessionConfigFact } from '../../../model/facts';
import type { SessionIdInputFact } from '../../../model/lifecycleFacts';
import type { TextRange } from '../../../model/range';
import { absent, known, unknown, type Value } from '../../../model/value';
import { rawValueOf, type PhpAdapter, type PhpAdapterContext } from '../adapterContext';
import { commaAfter, insertIntoList, insertStatement, listLayout, phpString, removeFromList, removeStatement, renderPhpValue, sameSiteText } from '../edits';
import { classifyIdSource } from '../idSource';
import { phpSessionValues, settingByIni, settingByOption, type PhpSessionSetting, type RawValue } from '../sessionSettings';
import { callArguments, enclosingStatement, namedChildren, quoteOf, rangeOf } from '../syntax';
import type { PhpArray } from '../values';

/** How a setting is written in PHP code; decides its name in messages and how a fix renders it. */
type WriteForm = 'ini_set' | 'start' | 'params-array' | 'params-positional' | 'name';

interface SettingWrite {
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
interface StartCall {
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

interface CookieParams {
  readonly form: 'array' | 'positional' | 'opaque';
  readonly complete: boolean;
  readonly insertEntry: ((entry: string) => TextEdit[]) | undefined;
  /** For the positional form: how many arguments there are, and how to append one. */
  readonly argumentCount: number;
  readonly appendArgument: ((argument: string) => TextEdit[]) | undefined;
}

/** Everything the file does to PHP's session settings outside session_start(). */
interface RuntimeConfig {
  readonly writes: SettingWrite[];
  readonly cookieParams: CookieParams[];
  /** ini_set('session.*') statements, for adding a setting after the last one. */
  readonly iniSetStatements: TextRange[];
  /** Calls that configure sessions, in source order. */
  readonly configCalls: TextRange[];
  quote: "'" | '"';
}

const START_ONLY_KEYS = new Set(['read_and_close']);

/**
 * PHP's own session API: ini_set('session.*'), session_set_cookie_params(), session_name(),
 * session_id() and session_start([...]). PHP keeps one configuration per request, so the file's
 * writes are merged into one fact; each session_start() with options gets its own fact, because
 * its options override the rest. Defaults are assumed only in files that configure sessions: a
 * bare session_start() says nothing about the server's php.ini.
 */
export const sessionRuntimeAdapter: PhpAdapter = {
  name: 'php-session',
  collect(context) {
    const config: RuntimeConfig = { writes: [], cookieParams: [], iniSetStatements: [], configCalls: [], quote: "'" };
    collectIniSets(context, config);
    collectCookieParams(context, config);
    collectSessionName(context, config);
    const starts = context.file.callsTo('session_start').map((call) => startCall(context, call, config));
    const idCalls = context.file.callsTo('session_id').filter((call) => callArguments(call).argumentNodes.length > 0);
    if (config.writes.length === 0 && config.configCalls.length === 0 && starts.length === 0 && idCalls.length === 0) return;
    config.writes.sort((a, b) => a.at - b.at);
    const inputs = idCalls.map((call) => idInput(context, call));
    context.facts.push(...inputs.filter((i): i is IdInput & { fact: SessionIdInputFact } => i.fact !== undefined).map((i) => i.fact));
    const withOptions = starts.filter((s) => s.options !== 'none');
    const groups: (StartCall | undefined)[] = withOptions.length > 0 ? withOptions : [undefined];
    const fallbackRange = config.configCalls[0] ?? starts[0]?.range ?? (idCalls[0] ? rangeOf(idCalls[0]) : { start: 0, end: 0 });
    for (const start of groups) {
      // The session_id() call that decides this session's id: the last one before its session_start() in the same function.
      const before = start ? inputs.filter((i) => i.scopeId === start.scopeId && i.range.start < start.range.start) : inputs;
      const genid = before[before.length - 1];
      // Defaults apply where sessions are configured: by the file's ini_set()/cookie-param calls or by this start's options.
      const configures = config.configCalls.length > 0 || start?.configures === true;
      context.facts.push(sessionFact(config, start, configures, genid, start?.range ?? fallbackRange, context.file.text));
    }
  },
};

function statementRange(node: Node): TextRange {
  const statement = enclosingStatement(node);
  return rangeOf(statement && statement.type === 'expression_statement' ? statement : node);
}

function collectIniSets(context: PhpAdapterContext, config: RuntimeConfig): void {
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
    config.configCalls.push(rangeOf(call));
    const setting = settingByIni(key.value.slice('session.'.length));
    if (!setting) continue;
    const raw = rawValueOf(resolver.resolve(valueNode), valueNode, rangeOf(call));
    config.writes.push({ setting, form: 'ini_set', raw, at: call.startIndex, replace: rangeOf(valueNode), remove: removeStatement(file.text, statement) });
  }
  config.iniSetStatements.sort((a, b) => a.start - b.start);
}

const POSITIONAL_PARAMETERS = ['lifetime_or_options', 'path', 'domain', 'secure', 'httponly'];

function collectCookieParams(context: PhpAdapterContext, config: RuntimeConfig): void {
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

function arrayCookieParams(context: PhpAdapterContext, config: RuntimeConfig, array: PhpArray): CookieParams {
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
      remove: entry.element.type === 'array_element_initializer' ? removeFromList(file.text, rangeOf(entry.element), commaAfter(entry.element)) : undefined,
    });
  }
  const layout = array.node ? listLayout(array.node, ['array_element_initializer']) : undefined;
  return { form: 'array', complete: array.complete, insertEntry: layout ? (entry) => insertIntoList(file.text, layout, entry) : undefined, argumentCount: 1, appendArgument: undefined };
}

function cookieSettingByParam(param: string): PhpSessionSetting | undefined {
  const lower = param.toLowerCase();
  return ['cookie_lifetime', 'cookie_path', 'cookie_domain', 'cookie_secure', 'cookie_httponly', 'cookie_samesite'].map((ini) => settingByIni(ini)!).find((s) => s.cookieParam === lower);
}

function collectSessionName(context: PhpAdapterContext, config: RuntimeConfig): void {
  const { file, resolver } = context;
  for (const call of file.callsTo('session_name')) {
    const args = callArguments(call);
    const node = args.positional[0] ?? args.named.get('name');
    if (!node) continue;
    const setting = settingByIni('name')!;
    config.writes.push({ setting, form: 'name', raw: rawValueOf(resolver.resolve(node), node, rangeOf(call)), at: call.startIndex, replace: rangeOf(node), remove: undefined });
  }
}

function startCall(context: PhpAdapterContext, call: Node, config: RuntimeConfig): StartCall {
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
    if (!START_ONLY_KEYS.has(entry.key)) configures = true;
    const setting = settingByIni(entry.key);
    if (!setting) continue;
    config.quote = quoteOf(entry.element.namedChildren[0] ?? undefined) ?? config.quote;
    writes.push({
      setting,
      form: 'start',
      raw: rawValueOf(entry.value, entry.valueNode, rangeOf(entry.element)),
      at: entry.element.startIndex,
      replace: rangeOf(entry.valueNode),
      remove: entry.element.type === 'array_element_initializer' ? removeFromList(file.text, rangeOf(entry.element), commaAfter(entry.element)) : undefined,
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

/** One session_id($id) call: what the id is made of, and how to remove the call. */
interface IdInput {
  readonly range: TextRange;
  readonly scopeId: number;
  readonly genid: Value<readonly string[]>;
  readonly remove: TextEdit[] | undefined;
  readonly fact?: SessionIdInputFact;
}

function idInput(context: PhpAdapterContext, call: Node): IdInput {
  const args = callArguments(call);
  const argument = args.positional[0] ?? args.named.get('id');
  const range = rangeOf(call);
  const statement = enclosingStatement(call);
  const remove = statement?.type === 'expression_statement' && namedChildren(statement)[0]?.id === call.id ? removeStatement(context.file.text, rangeOf(statement)) : undefined;
  const base = { range, scopeId: context.file.scopeOf(call).id, remove };
  const source = argument ? classifyIdSource(context.file, argument) : ({ kind: 'unknown' } as const);
  switch (source.kind) {
    case 'input': {
      const fact: SessionIdInputFact = { kind: 'session-id-input', library: 'php-session', range, source: source.source, optionName: () => 'session_id()' };
      return { ...base, genid: unknown(range, range), fact };
    }
    case 'weak':
      return { ...base, genid: known(source.sources, range, range) };
    case 'strong':
      return { ...base, genid: known<readonly string[]>([], range, range) };
    default:
      return { ...base, genid: unknown(range, range) };
  }
}

function sessionFact(config: RuntimeConfig, start: StartCall | undefined, fileConfigures: boolean, id: IdInput | undefined, range: TextRange, text: string): SessionConfigFact {
  const effective = new Map<string, SettingWrite>();
  for (const write of config.writes) effective.set(write.setting.ini, write);
  for (const write of start?.writes ?? []) effective.set(write.setting.ini, write);
  const opaqueParams = config.cookieParams.some((p) => p.form === 'opaque' || !p.complete);
  const configured = (setting: PhpSessionSetting): boolean => {
    if (start?.options === 'opaque') return false;
    if (start && !start.complete) return false;
    if (opaqueParams && setting.cookieParam) return false;
    return fileConfigures;
  };
  const values = phpSessionValues((setting) => effective.get(setting.ini)?.raw, configured);
  const plan = new InsertionPlan(config, start, text);
  return {
    kind: 'session-config',
    library: 'php-session',
    range,
    ...(start?.optionsRange ? { optionsRange: start.optionsRange } : {}),
    serverSide: true,
    cookie: values.cookie,
    session: { ...values.session, genid: id?.genid ?? absent<readonly string[]>([]) },
    optionName: (key) => optionName(key, effective, plan),
    editor: sessionEditor(effective, plan, config.quote, id?.remove),
  };
}

/** Where a setting that the file does not write yet would be added, best place first. */
class InsertionPlan {
  constructor(
    private readonly config: RuntimeConfig,
    private readonly start: StartCall | undefined,
    private readonly text: string,
  ) {}

  formFor(setting: PhpSessionSetting): WriteForm | undefined {
    if (this.start?.insert) return 'start';
    if (setting.cookieParam && this.config.cookieParams.some((p) => p.insertEntry)) return 'params-array';
    if (setting.cookieParamPosition !== undefined && this.config.cookieParams.some((p) => p.appendArgument && p.argumentCount === setting.cookieParamPosition)) return 'params-positional';
    if (this.config.configCalls.length > 0) return 'ini_set';
    return undefined;
  }

  insert(setting: PhpSessionSetting, value: FixValue, quote: "'" | '"'): TextEdit[] | undefined {
    const form = this.formFor(setting);
    switch (form) {
      case 'start':
        return this.start!.insert!(`${phpString(setting.ini, quote)} => ${render(setting, value, 'start', quote)}`);
      case 'params-array':
        return this.config.cookieParams.find((p) => p.insertEntry)!.insertEntry!(`${phpString(setting.cookieParam!, quote)} => ${render(setting, value, 'params-array', quote)}`);
      case 'params-positional':
        return this.config.cookieParams.find((p) => p.appendArgument && p.argumentCount === setting.cookieParamPosition)!.appendArgument!(render(setting, value, 'params-positional', quote));
      case 'ini_set': {
        const statement = `ini_set(${phpString(`session.${setting.ini}`, quote)}, ${render(setting, value, 'ini_set', quote)});`;
        const lastIniSet = this.config.iniSetStatements[this.config.iniSetStatements.length - 1];
        if (lastIniSet) return insertStatement(this.text, lastIniSet, 'after', statement);
        return insertStatement(this.text, this.config.configCalls[0]!, 'before', statement);
      }
      default:
        return undefined;
    }
  }
}

function render(setting: PhpSessionSetting, value: FixValue, form: WriteForm, quote: "'" | '"'): string {
  const adjusted: FixValue = setting.option === 'sameSite' && value.type === 'string' ? { type: 'string', value: sameSiteText(value.value) } : value;
  return renderPhpValue(adjusted, quote, form === 'ini_set' ? 'ini' : 'native');
}

function sessionEditor(effective: ReadonlyMap<string, SettingWrite>, plan: InsertionPlan, quote: "'" | '"', removeSessionId: TextEdit[] | undefined): FactEditor {
  return {
    setOption(key, value) {
      const setting = settingByOption(key);
      if (!setting) return undefined;
      const write = effective.get(setting.ini);
      if (write) return [{ range: write.replace, newText: render(setting, value, write.form, quote) }];
      return plan.insert(setting, value, quote);
    },
    removeOption(key) {
      // Without the session_id() call PHP generates the id itself, from a secure source.
      if (key === 'genid') return removeSessionId;
      const setting = settingByOption(key);
      return setting ? effective.get(setting.ini)?.remove : undefined;
    },
  };
}

function optionName(key: OptionKey, effective: ReadonlyMap<string, SettingWrite>, plan: InsertionPlan): string {
  if (key === 'genid') return 'session_id()';
  const setting = settingByOption(key);
  if (!setting) return key;
  const form = effective.get(setting.ini)?.form ?? plan.formFor(setting);
  if (form === 'start') return `'${setting.ini}'`;
  if (form === 'params-array') return `'${setting.cookieParam}'`;
  return `session.${setting.ini}`;
}
