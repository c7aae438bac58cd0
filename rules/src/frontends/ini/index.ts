import type { Frontend } from '../frontend';
import { frameworkDecidesSetting, phpSessionUnused, settingByIni } from '../php/sessionSettings';
import { iniSettingKey, poolDirectiveFor } from './fpmPool';
import { htaccessFact, scanHtaccess } from './htaccess';
import { scanIni, type IniDocument, type IniEntry } from './iniScanner';
import { newlineOf, removeLine } from './lines';
import { renderConfigValue } from './render';
import { configFileFact, type ConfigLine } from './sessionFact';

/** `session.*`, directly or in a php-fpm pool directive (`php_admin_value[session.cookie_secure]`). */
function isSessionKey(key: string): boolean {
  return iniSettingKey(key).name.toLowerCase().startsWith('session.');
}

function configLine(text: string, entry: IniEntry): ConfigLine | undefined {
  const setting = settingByIni(iniSettingKey(entry.key).name.slice('session.'.length));
  if (!setting) return undefined;
  return {
    setting,
    value: entry.value,
    envReferences: entry.envReferences,
    valueRange: entry.valueRange,
    range: entry.range,
    remove: removeLine(text, entry.line.start, entry.line.end),
    render: (value) => {
      const rendered = renderConfigValue(setting, value, entry.quoted ? undefined : entry.raw, 'ini');
      // `session.cookie_httponly =` with nothing after the `=`: keep a space before the new value.
      return rendered !== undefined && entry.raw === '' && text[entry.valueRange.start - 1] === '=' ? ` ${rendered}` : rendered;
    },
  };
}

/**
 * Where a line for a missing setting goes: after a commented-out line for it (`;session.cookie_secure =`),
 * else after the last session.* line of the [Session] section, else after the last session.* line.
 */
function insertionPoint(document: IniDocument, ini: string, sessionEntries: readonly IniEntry[]): number {
  const commented = document.comments.find((c) => new RegExp(`^\\s*session\\.${ini}\\s*=`, 'i').test(c.text));
  if (commented) return commented.range.end;
  const inSection = sessionEntries.filter((e) => e.section?.toLowerCase() === 'session');
  const last = (inSection.length > 0 ? inSection : sessionEntries)[(inSection.length > 0 ? inSection : sessionEntries).length - 1]!;
  return last.line.end;
}

/** php.ini, php.ini-production, .user.ini, conf.d/*.ini, any *.ini, and php-fpm pool files. */
export const iniFrontend: Frontend = {
  language: 'ini',
  lineComment: ';',
  mightContainFacts: (text) => text.includes('session.'),
  analyze({ text, project }) {
    const document = scanIni(text);
    const sessionEntries = document.entries.filter((e) => isSessionKey(e.key));
    if (sessionEntries.length === 0 || phpSessionUnused(project)) return { facts: [], comments: document.comments };
    const lines = sessionEntries.map((e) => configLine(text, e)).filter((l): l is ConfigLine => l !== undefined);
    const header = document.sections.find((s) => s.name.toLowerCase() === 'session');
    const separator = sessionEntries[sessionEntries.length - 1]!.separator;
    const fact = configFileFact({
      lines,
      frameworkDecides: (setting) => frameworkDecidesSetting(setting, project),
      anchor: header?.range ?? sessionEntries[0]!.range,
      insert: (setting, value) => {
        const rendered = renderConfigValue(setting, value, undefined, 'ini');
        if (rendered === undefined) return undefined;
        const at = insertionPoint(document, setting.ini, sessionEntries);
        // A pool file's new line takes the pool directive form of its last session line.
        const pool = iniSettingKey(sessionEntries[sessionEntries.length - 1]!.key).poolDirective;
        const key = pool ? `${poolDirectiveFor(pool, setting.type === 'bool' && value.type === 'boolean')}[session.${setting.ini}]` : `session.${setting.ini}`;
        return [{ range: { start: at, end: at }, newText: `${newlineOf(text)}${key}${separator}${rendered}` }];
      },
    });
    return { facts: [fact], comments: document.comments };
  },
};

/** Apache .htaccess: php_flag / php_value / php_admin_flag / php_admin_value session.* lines. */
export const htaccessFrontend: Frontend = {
  language: 'htaccess',
  lineComment: '#',
  mightContainFacts: (text) => text.includes('session.'),
  analyze({ text, project }) {
    const document = scanHtaccess(text);
    const fact = phpSessionUnused(project) ? undefined : htaccessFact(text, document);
    return { facts: fact ? [fact] : [], comments: document.comments };
  },
};
