import type { TextEdit } from '../../model/edit';
import type { TextRange } from '../../model/range';

/** One physical line of a config file, without its line break. */
export interface SourceLine {
  readonly text: string;
  /** Offset of the line's first character in the file. */
  readonly start: number;
  /** Offset just after the line's last character (before the line break). */
  readonly end: number;
}

/** Splits text into lines (LF, CRLF or CR), keeping offsets. */
export function sourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || c === 13) {
      lines.push({ text: text.slice(start, i), start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

/** The range of a line's content without leading and trailing blanks. */
export function trimmedRange(line: SourceLine): TextRange {
  const leading = line.text.length - line.text.trimStart().length;
  const trailing = line.text.length - line.text.trimEnd().length;
  return { start: line.start + leading, end: line.end - trailing };
}

export { newlineOf } from '../textLayout';

/** Removes a whole line with its line break. */
export function removeLine(text: string, start: number, end: number): TextEdit[] {
  let stop = end;
  if (text[stop] === '\r') stop++;
  if (text[stop] === '\n') stop++;
  return [{ range: { start, end: stop }, newText: '' }];
}
