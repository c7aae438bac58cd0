import type { FactEditor, FixValue, OptionKey, TextEdit } from '../../model/edit';
import type { SessionConfigFact } from '../../model/facts';
import type { TextRange } from '../../model/range';
import { envValue, known } from '../../model/value';
import { iniOptionName, phpSessionValues, settingByOption, type PhpSessionSetting, type RawValue } from '../php/sessionSettings';

/** One `session.*` setting as a config file writes it. */
export interface ConfigLine {
  readonly setting: PhpSessionSetting;
  /** The value as PHP receives it. */
  readonly value: string;
  /** Environment variables the value reads (`${VAR}` in php.ini). */
  readonly envReferences: readonly string[];
  readonly valueRange: TextRange;
  /** The whole line's content, where findings point. */
  readonly range: TextRange;
  /** Removes the line. */
  readonly remove: TextEdit[];
  /** Renders a new value in this line's style (On/Off, 1/0, quotes). */
  readonly render: (value: FixValue) => string | undefined;
}

export interface ConfigFileInput {
  /** `session.*` lines in file order: the last one of a setting wins. */
  readonly lines: readonly ConfigLine[];
  /** Where settings the file does not write are reported: the [Session] header or the first session.* line. */
  readonly anchor: TextRange;
  /** Adds a line for a setting the file does not write. */
  readonly insert: (setting: PhpSessionSetting, value: FixValue) => TextEdit[] | undefined;
  /**
   * True for a setting the project's framework decides at run time (frameworkDecidesSetting):
   * what this file leaves out of it is then not PHP's default, and is judged where the framework
   * is configured.
   */
  readonly frameworkDecides?: (setting: PhpSessionSetting) => boolean;
}

function rawValue(line: ConfigLine): RawValue {
  if (line.envReferences.length > 0) {
    return envValue(line.envReferences.map((name) => `\${${name}}`).join(', '), line.valueRange, [], { optionRange: line.range });
  }
  return known(line.value, line.valueRange, line.range);
}

/**
 * The PHP session configuration a php.ini, .user.ini or .htaccess file gives. Only called for
 * files that write at least one session.* setting, so PHP's defaults apply to the rest.
 */
export function configFileFact(input: ConfigFileInput): SessionConfigFact {
  const effective = new Map<string, ConfigLine>();
  for (const line of input.lines) effective.set(line.setting.ini, line);
  const values = phpSessionValues((setting) => {
    const line = effective.get(setting.ini);
    return line ? rawValue(line) : undefined;
  }, (setting) => !input.frameworkDecides?.(setting));
  const editor: FactEditor = {
    setOption(key: OptionKey, value: FixValue) {
      const setting = settingByOption(key);
      if (!setting) return undefined;
      const line = effective.get(setting.ini);
      if (!line) return input.insert(setting, value);
      const text = line.render(value);
      return text === undefined ? undefined : [{ range: line.valueRange, newText: text }];
    },
    removeOption(key: OptionKey) {
      const setting = settingByOption(key);
      return setting ? effective.get(setting.ini)?.remove : undefined;
    },
  };
  return {
    kind: 'session-config',
    library: 'php-ini',
    range: input.anchor,
    serverSide: true,
    cookie: values.cookie,
    session: values.session,
    optionName: iniOptionName,
    editor,
  };
}

