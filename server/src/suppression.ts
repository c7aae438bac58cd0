import type { TextEdit } from '../../rules/dist/model/edit';
import { LineIndex } from '../../rules/dist/model/range';
import { suppressionComment } from '../../rules/dist/suppression';

const DIRECTIVE = 'sessionlint-disable-next-line';

/** The line ending the document already uses, so an inserted line does not mix CRLF and LF. */
export function lineEnding(text: string): string {
  const lf = text.indexOf('\n');
  if (lf > 0 && text.charCodeAt(lf - 1) === 13) return '\r\n';
  if (lf < 0 && text.includes('\r')) return '\r';
  return '\n';
}

/**
 * The edit behind "Disable <rule> for this line": a `sessionlint-disable-next-line <rule>` comment
 * above the line, indented like it, in the document's comment syntax. When the line above already
 * is such a comment (written by this action before), the rule id is added to it instead.
 */
export function suppressionEdit(text: string, lines: LineIndex, line: number, lineComment: string, ruleId: string, language?: string): TextEdit {
  const lineText = lines.lineText(line);
  if (language === 'php') {
    const inline = phpOpenTagSuppression(lines, line, lineText, ruleId);
    if (inline) return inline;
  }
  if (line > 0) {
    const previous = lines.lineText(line - 1);
    const trimmed = previous.trimStart();
    const prefix = `${lineComment} ${DIRECTIVE} `;
    if (trimmed.startsWith(prefix)) {
      // Insert before a ` -- reason`, if there is one, so the reason stays last.
      const reason = previous.indexOf(' -- ');
      const column = reason >= 0 ? reason : previous.trimEnd().length;
      const offset = lines.lineStart(line - 1) + column;
      return { range: { start: offset, end: offset }, newText: `, ${ruleId}` };
    }
  }
  const indentation = lineText.slice(0, lineText.length - lineText.trimStart().length);
  const start = lines.lineStart(line);
  return { range: { start, end: start }, newText: `${indentation}${suppressionComment(lineComment, ruleId)}${lineEnding(text)}` };
}

/**
 * A finding on the line that opens PHP (`<?php session_start([...]);`): a comment above it would be
 * HTML output, not a PHP comment. A block comment right after the open tag suppresses the line
 * instead (a `//` there would comment out the code after it).
 */
function phpOpenTagSuppression(lines: LineIndex, line: number, lineText: string, ruleId: string): TextEdit | undefined {
  const indentation = lineText.length - lineText.trimStart().length;
  const rest = lineText.slice(indentation);
  const tag = ['<?php', '<?=', '<?'].find((t) => rest.toLowerCase().startsWith(t));
  if (!tag) return undefined;
  const afterTag = indentation + tag.length;
  const spaces = lineText.slice(afterTag).length - lineText.slice(afterTag).trimStart().length;
  const offset = lines.lineStart(line) + afterTag + spaces;
  return { range: { start: offset, end: offset }, newText: `${spaces === 0 ? ' ' : ''}/* sessionlint-disable-line ${ruleId} */ ` };
}
