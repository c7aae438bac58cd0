import type { FixValue } from '../../model/edit';
import type { PhpSessionSetting } from '../php/sessionSettings';
import { sameSiteText } from '../php/edits';

const BOOLEAN_STYLES: readonly [RegExp, string, string][] = [
  [/^(on|off)$/i, 'on', 'off'],
  [/^(true|false)$/i, 'true', 'false'],
  [/^(yes|no)$/i, 'yes', 'no'],
];

/** A boolean in the style of the value it replaces: On/Off stays On/Off, 1/0 stays 1/0. */
function booleanText(value: boolean, existing: string | undefined, fallback: [string, string]): string {
  for (const [pattern, yes, no] of BOOLEAN_STYLES) {
    if (existing && pattern.test(existing)) {
      const word = value ? yes : no;
      if (existing === existing.toUpperCase()) return word.toUpperCase();
      if (existing[0] === existing[0]!.toUpperCase()) return word[0]!.toUpperCase() + word.slice(1);
      return word;
    }
  }
  return value ? fallback[0] : fallback[1];
}

/** php.ini reads bare On/Off/None/… as booleans, so such strings must be quoted. */
function iniString(value: string): string {
  return /^[A-Za-z0-9_./:-]+$/.test(value) && !/^(on|off|yes|no|true|false|none|null)$/i.test(value) ? value : `"${value}"`;
}

/**
 * A value as php.ini (`dialect: 'ini'`) or Apache's php_value/php_flag (`'htaccess'`) want it.
 * Undefined when the file cannot say it (an environment variable in .htaccess).
 */
export function renderConfigValue(setting: PhpSessionSetting, value: FixValue, existing: string | undefined, dialect: 'ini' | 'htaccess'): string | undefined {
  switch (value.type) {
    case 'boolean':
      return booleanText(value.value, existing, dialect === 'htaccess' ? ['on', 'off'] : ['1', '0']);
    case 'duration':
      return String(Math.round(value.seconds));
    case 'string': {
      const text = setting.option === 'sameSite' ? sameSiteText(value.value) : value.value;
      if (setting.type === 'int' && /^\d+$/.test(text)) return text;
      return dialect === 'ini' ? iniString(text) : /^[^\s"]+$/.test(text) ? text : `"${text}"`;
    }
    case 'env':
      return dialect === 'ini' ? `\${${value.name}}` : undefined;
  }
}
