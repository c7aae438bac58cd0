import type { FactEditor, FixValue, OptionKey, TextEdit } from '../../../model/edit';
import { insertStatement, phpString, renderPhpValue, sameSiteText } from '../edits';
import { settingByOption, type PhpSessionSetting } from '../sessionSettings';
import type { RuntimeConfig, SettingWrite, StartCall, WriteForm } from './sessionWrites';

/** Fixes for PHP's session settings in code: replace the value where it is written, or add it where the file configures sessions. */
/** Where a setting that the file does not write yet would be added, best place first. */
export class InsertionPlan {
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

export function render(setting: PhpSessionSetting, value: FixValue, form: WriteForm, quote: "'" | '"'): string {
  const adjusted: FixValue = setting.option === 'sameSite' && value.type === 'string' ? { type: 'string', value: sameSiteText(value.value) } : value;
  return renderPhpValue(adjusted, quote, form === 'ini_set' ? 'ini' : 'native');
}

export function sessionEditor(effective: ReadonlyMap<string, SettingWrite>, plan: InsertionPlan, quote: "'" | '"', removeSessionId: TextEdit[] | undefined): FactEditor {
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

export function optionName(key: OptionKey, effective: ReadonlyMap<string, SettingWrite>, plan: InsertionPlan): string {
  if (key === 'genid') return 'session_id()';
  const setting = settingByOption(key);
  if (!setting) return key;
  const form = effective.get(setting.ini)?.form ?? plan.formFor(setting);
  if (form === 'start') return `'${setting.ini}'`;
  if (form === 'params-array') return `'${setting.cookieParam}'`;
  return `session.${setting.ini}`;
}
