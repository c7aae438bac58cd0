import type { Node } from 'web-tree-sitter';
import type { TextEdit } from '../../../model/edit';
import type { SessionConfigFact } from '../../../model/facts';
import type { SessionIdInputFact } from '../../../model/lifecycleFacts';
import type { ProjectContext } from '../../../model/project';
import type { TextRange } from '../../../model/range';
import { absent, known, unknown, type Value } from '../../../model/value';
import type { PhpAdapter, PhpAdapterContext } from '../adapterContext';
import { removeStatement } from '../edits';
import { classifyIdSource } from '../idSource';
import { sessionSettingsWrittenElsewhere } from '../app/projectSessionSettings';
import { frameworkDecidesSetting, iniBoolean, phpSessionValues, type PhpSessionSetting } from '../sessionSettings';
import { callArguments, enclosingStatement, namedChildren, rangeOf } from '../syntax';
import { InsertionPlan, optionName, sessionEditor } from './sessionEditor';
import { wrapperCalls } from './sessionIdWrappers';
import { collectCookieParams, collectIniSets, collectSessionName, startCall, type RuntimeConfig, type SettingWrite, type StartCall } from './sessionWrites';

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
    // Missing settings are reported at, and inserted before, the first configuring call in the file.
    config.configCalls.sort((a, b) => a.start - b.start);
    const inputs = idCalls.map((call) => idInput(context, call));
    context.facts.push(...inputs.filter((i): i is IdInput & { fact: SessionIdInputFact } => i.fact !== undefined).map((i) => i.fact));
    const withOptions = starts.filter((s) => s.options !== 'none');
    const groups: (StartCall | undefined)[] = withOptions.length > 0 ? withOptions : [undefined];
    const fallbackRange = config.configCalls[0] ?? starts[0]?.range ?? (idCalls[0] ? rangeOf(idCalls[0]) : { start: 0, end: 0 });
    for (const start of groups) {
      // The session_id() call that decides this session's id: the last one before its session_start() in the same function.
      const before = start ? inputs.filter((i) => i.scopeId === start.scopeId && i.range.start < start.range.start) : inputs;
      // Without a session_start() of its own, any of them may be the one in force: a predictable id is not hidden by a later one.
      const genid = (start ? undefined : before.filter(isPredictable).pop()) ?? before[before.length - 1];
      // Defaults apply where sessions are configured: by the file's ini_set()/cookie-param calls or by this start's options.
      const configures = (config.configCalls.length > 0 && !hardensOnly(context, config, starts)) || start?.configures === true;
      context.facts.push(sessionFact(config, start, configures, genid, start?.range ?? fallbackRange, context.file.text, context.file.project, context.file.fileName));
    }
  },
};

/** Flags whose `on` only hardens the session PHP starts elsewhere. */
const PROTECTIVE_FLAGS = new Set(['cookie_httponly', 'cookie_secure', 'use_strict_mode', 'use_only_cookies']);
/** Settings that, written in another file, show the session is set up there. */
const NOT_SET_UP_BY = new Set([...PROTECTIVE_FLAGS, 'use_cookies', 'use_trans_sid']);

/**
 * A file that starts no session and only turns protective flags on, while another file of the application
 * sets the session up (phpipam's functions.php: `ini_set('session.cookie_httponly', 1)`; class.User.php
 * sets the name and lifetime and starts it): it hardens the session, and PHP's defaults for the rest are
 * judged where it is set up, as for a file that writes only how the id travels (setsUpSession). With no
 * such other file (a config.php of flags beside a bare session_start()), the flags file is still judged.
 */
function hardensOnly(context: PhpAdapterContext, config: RuntimeConfig, starts: readonly StartCall[]): boolean {
  if (starts.length > 0 || config.cookieParams.length > 0 || config.writes.length === 0) return false;
  const flagsOnly = config.writes.every((write) => PROTECTIVE_FLAGS.has(write.setting.ini) && write.form === 'ini_set' && write.raw.kind === 'known' && iniBoolean(write.raw.value));
  if (!flagsOnly) return false;
  const elsewhere = sessionSettingsWrittenElsewhere(context.file.project, context.file.fileName);
  return [...elsewhere].some((ini) => !NOT_SET_UP_BY.has(ini));
}

function isPredictable(input: IdInput): boolean {
  return input.genid.kind === 'known' && input.genid.value.length > 0;
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
  if (source.kind === 'unknown' && argument) {
    const fromCallers = wrapperIdInput(context, argument, base);
    if (fromCallers) return fromCallers;
  }
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

/**
 * session_id($id) inside a function that hands its parameter on: the callers decide. Reported at
 * the first caller that passes request input or a predictable value, with no edit (removing the
 * session_id() call would change every caller).
 */
function wrapperIdInput(context: PhpAdapterContext, argument: Node, base: Omit<IdInput, 'genid'>): IdInput | undefined {
  for (const { call, argument: given } of wrapperCalls(context.file, argument)) {
    const source = classifyIdSource(context.file, given);
    const range = rangeOf(call);
    if (source.kind === 'input') {
      const fact: SessionIdInputFact = { kind: 'session-id-input', library: 'php-session', range, source: source.source, optionName: () => 'session_id()' };
      return { ...base, remove: undefined, genid: unknown(range, range), fact };
    }
    if (source.kind === 'weak') return { ...base, remove: undefined, genid: known(source.sources, range, range) };
  }
  return undefined;
}

function sessionFact(
  config: RuntimeConfig,
  start: StartCall | undefined,
  fileConfigures: boolean,
  id: IdInput | undefined,
  range: TextRange,
  text: string,
  project: ProjectContext,
  fileName: string,
): SessionConfigFact {
  const effective = new Map<string, SettingWrite>();
  for (const write of config.writes) effective.set(write.setting.ini, write);
  for (const write of start?.writes ?? []) effective.set(write.setting.ini, write);
  const opaqueParams = config.cookieParams.some((p) => p.form === 'opaque' || !p.complete);
  const configured = (setting: PhpSessionSetting): boolean => {
    if (start?.options === 'opaque') return false;
    if (start && !start.complete) return false;
    if (opaqueParams && setting.cookieParam) return false;
    // In a Symfony or Laravel app the framework, not PHP's default, decides what the file leaves out.
    if (frameworkDecidesSetting(setting, project)) return false;
    if (!fileConfigures) return false;
    // Made by another file of the application (the bootstrap names the session, the class sets its
    // cookie up): not PHP's default here, and judged where it is written. Read only when needed.
    elsewhere ??= sessionSettingsWrittenElsewhere(project, fileName);
    return !elsewhere.has(setting.ini);
  };
  let elsewhere: ReadonlySet<string> | undefined;
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
