/**
 * Layout facts of a file's text that every frontend needs to write edits that look hand-made:
 * where a line starts, how it is indented, which line break the file uses.
 */

/** Offset of the start of the line holding `offset` (after CR, LF or CRLF). */
export function lineStartOf(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return start;
}

/** The spaces and tabs that start the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  let end = start;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return text.slice(start, end);
}

/** The file's line break: CRLF when it has any, else LF. */
export function newlineOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
