import type { TextRange } from '../../model/range';
import type { SourceComment } from '../frontend';
import { sourceLines, trimmedRange, type SourceLine } from './lines';

/** A `key = value` line of a php.ini-style file. */
export interface IniEntry {
  readonly key: string;
  /** The value as PHP reads it: quotes removed, unquoted On/Yes/True → '1' and Off/No/False/None → ''. */
  readonly value: string;
  /** The value as written (without an inline comment). */
  readonly raw: string;
  readonly quoted: boolean;
  readonly valueRange: TextRange;
  /** `key = value` without an inline comment. */
  readonly range: TextRange;
  /** The text between the key and the value (`' = '`), to write new lines the same way. */
  readonly separator: string;
  readonly section: string | undefined;
  readonly line: SourceLine;
  /** `${VAR}` references: PHP substitutes environment variables in ini values. */
  readonly envReferences: readonly string[];
}

export interface IniSection {
  readonly name: string;
  readonly range: TextRange;
  readonly line: SourceLine;
}

export interface IniDocument {
  readonly entries: readonly IniEntry[];
  readonly sections: readonly IniSection[];
  readonly comments: readonly SourceComment[];
  readonly lines: readonly SourceLine[];
}

const TRUE_WORDS = new Set(['on', 'yes', 'true']);
const FALSE_WORDS = new Set(['off', 'no', 'false', 'none', 'null']);

/** PHP's ini scanner turns these bare words into '1' and ''. */
function decodeBare(raw: string): string {
  const lower = raw.toLowerCase();
  if (TRUE_WORDS.has(lower)) return '1';
  if (FALSE_WORDS.has(lower)) return '';
  return raw;
}

/**
 * A line scanner for php.ini and .user.ini: sections, `key = value` entries (quoted or bare
 * values, inline `;` comments) and `;` comment lines. Nothing else in these files matters here.
 */
export function scanIni(text: string): IniDocument {
  const entries: IniEntry[] = [];
  const sections: IniSection[] = [];
  const comments: SourceComment[] = [];
  const lines = sourceLines(text);
  let section: string | undefined;
  for (const line of lines) {
    const content = line.text.replace(/^\uFEFF/, '');
    const offset = line.start + (line.text.length - content.length);
    const trimmed = content.trim();
    if (trimmed === '') continue;
    const lead = offset + (content.length - content.trimStart().length);
    if (trimmed.startsWith(';') || trimmed.startsWith('#')) {
      comments.push({ range: { start: lead, end: line.end }, text: trimmed.slice(1) });
      continue;
    }
    if (trimmed.startsWith('[')) {
      const close = trimmed.indexOf(']');
      section = close > 0 ? trimmed.slice(1, close).trim() : trimmed.slice(1).trim();
      sections.push({ name: section, range: trimmedRange(line), line });
      continue;
    }
    const equals = content.indexOf('=');
    if (equals < 0) continue;
    const key = content.slice(0, equals).trim();
    const afterEquals = offset + equals + 1;
    const rest = content.slice(equals + 1);
    const valueStartInRest = rest.length - rest.trimStart().length;
    const valueStart = afterEquals + valueStartInRest;
    const body = rest.slice(valueStartInRest);
    let raw: string;
    let value: string;
    let quoted = false;
    let commentAt: number | undefined;
    if (body.startsWith('"') || body.startsWith("'")) {
      const quote = body[0]!;
      const close = body.indexOf(quote, 1);
      raw = close > 0 ? body.slice(0, close + 1) : body;
      value = close > 0 ? body.slice(1, close) : body.slice(1);
      quoted = true;
      const semicolon = body.indexOf(';', raw.length);
      if (semicolon >= 0) commentAt = semicolon;
    } else {
      const semicolon = body.indexOf(';');
      if (semicolon >= 0) commentAt = semicolon;
      raw = (semicolon >= 0 ? body.slice(0, semicolon) : body).trimEnd();
      value = decodeBare(raw);
    }
    if (commentAt !== undefined) comments.push({ range: { start: valueStart + commentAt, end: line.end }, text: body.slice(commentAt + 1) });
    const valueRange = { start: valueStart, end: valueStart + raw.length };
    const keyStart = lead;
    entries.push({
      key,
      value,
      raw,
      quoted,
      valueRange,
      range: { start: keyStart, end: raw.length > 0 ? valueRange.end : afterEquals },
      separator: normalizeSeparator(text.slice(keyStart + key.length, valueStart)),
      section,
      line,
      envReferences: [...value.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]!),
    });
  }
  return { entries, sections, comments, lines };
}

/** `' ='` before an empty value becomes `' = '`, so that lines written like it read naturally. */
function normalizeSeparator(separator: string): string {
  if (separator === '') return ' = ';
  return separator.startsWith(' ') && separator.endsWith('=') ? `${separator} ` : separator;
}
