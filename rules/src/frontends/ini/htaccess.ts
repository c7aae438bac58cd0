import type { SessionConfigFact } from '../../model/facts';
import type { TextRange } from '../../model/range';
import type { SourceComment } from '../frontend';
import { settingByIni } from '../php/sessionSettings';
import { newlineOf, removeLine, sourceLines, type SourceLine } from './lines';
import { renderConfigValue } from './render';
import { configFileFact, type ConfigLine } from './sessionFact';

/** A `php_flag session.cookie_httponly on` line. */
export interface PhpDirective {
  /** php_flag, php_value, php_admin_flag or php_admin_value, as written. */
  readonly directive: string;
  readonly key: string;
  readonly value: string;
  readonly raw: string;
  readonly quoted: boolean;
  readonly valueRange: TextRange;
  readonly range: TextRange;
  readonly indent: string;
  readonly line: SourceLine;
}

export interface HtaccessDocument {
  readonly directives: readonly PhpDirective[];
  readonly comments: readonly SourceComment[];
}

// The value is words separated by blanks (not a lazy `.*?` before `\s*$`, which backtracks quadratically on long blank runs).
const DIRECTIVE = /^(\s*)(php_(?:admin_)?(?:flag|value))(\s+)(\S+)(\s+)((?:\S+(?:\s+\S+)*)?)\s*$/i;

/** A line scanner for the PHP directives of an Apache .htaccess file (mod_php); `#` starts a comment line. */
export function scanHtaccess(text: string): HtaccessDocument {
  const directives: PhpDirective[] = [];
  const comments: SourceComment[] = [];
  for (const line of sourceLines(text)) {
    const trimmed = line.text.trim();
    if (trimmed.startsWith('#')) {
      const start = line.start + line.text.indexOf('#');
      comments.push({ range: { start, end: line.end }, text: line.text.slice(line.text.indexOf('#') + 1) });
      continue;
    }
    const match = DIRECTIVE.exec(line.text);
    if (!match) continue;
    const [, indent = '', directive = '', gap1 = '', key = '', gap2 = '', raw = ''] = match;
    const valueStart = line.start + indent.length + directive.length + gap1.length + key.length + gap2.length;
    const quoted = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"');
    directives.push({
      directive,
      key,
      value: quoted ? raw.slice(1, -1) : raw,
      raw,
      quoted,
      valueRange: { start: valueStart, end: valueStart + raw.length },
      range: { start: line.start + indent.length, end: valueStart + raw.length },
      indent,
      line,
    });
  }
  return { directives, comments };
}

/** The session configuration of an .htaccess file that sets at least one session.* directive. */
export function htaccessFact(text: string, document: HtaccessDocument): SessionConfigFact | undefined {
  const sessionDirectives = document.directives.filter((d) => d.key.toLowerCase().startsWith('session.'));
  if (sessionDirectives.length === 0) return undefined;
  const lines: ConfigLine[] = [];
  for (const directive of sessionDirectives) {
    const setting = settingByIni(directive.key.slice('session.'.length));
    if (!setting) continue;
    const isFlag = /flag$/i.test(directive.directive);
    lines.push({
      setting,
      value: isFlag ? (/^(on|1|true|yes)$/i.test(directive.value) ? '1' : '0') : directive.value,
      envReferences: [],
      valueRange: directive.valueRange,
      range: directive.range,
      remove: removeLine(text, directive.line.start, directive.line.end),
      render: (value) => renderConfigValue(setting, value, directive.quoted ? undefined : directive.raw, 'htaccess'),
    });
  }
  const last = sessionDirectives[sessionDirectives.length - 1]!;
  const admin = /admin/i.test(last.directive);
  return configFileFact({
    lines,
    anchor: sessionDirectives[0]!.range,
    insert: (setting, value) => {
      const rendered = renderConfigValue(setting, value, undefined, 'htaccess');
      if (rendered === undefined) return undefined;
      const directive = `php_${admin ? 'admin_' : ''}${setting.type === 'bool' && value.type === 'boolean' ? 'flag' : 'value'}`;
      return [{ range: { start: last.line.end, end: last.line.end }, newText: `${newlineOf(text)}${last.indent}${directive} session.${setting.ini} ${rendered}` }];
    },
  });
}
