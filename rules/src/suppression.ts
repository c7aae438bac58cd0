import type { SourceComment } from './frontends/frontend';
import type { Finding } from './model/finding';
import { LineIndex } from './model/range';

/**
 * Suppression comments, honoured by every face because the engine applies them:
 *   sessionlint-disable-next-line <id>[, <id>] -- reason
 *   sessionlint-disable-line <id>
 *   sessionlint-disable <id>   …   sessionlint-enable <id>
 * No id means every rule.
 */
interface Directive {
  readonly kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  readonly ruleIds: readonly string[] | 'all';
  readonly line: number;
}

const DIRECTIVE = /^\s*sessionlint-(disable-next-line|disable-line|disable|enable)\b([^\n]*)$/;

export function parseDirectives(comments: readonly SourceComment[], lines: LineIndex): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    // A block comment can hold the directive on its own first line only.
    const text = comment.text.split(/\r?\n/, 1)[0] ?? '';
    const match = DIRECTIVE.exec(text.replace(/^\*+/, ''));
    if (!match) continue;
    const [, kind, rest = ''] = match;
    const idsPart = rest.split(/\s--\s|\s--$/, 1)[0]!.replace(/\*\/\s*$/, '').trim();
    const ids = idsPart.split(/[\s,]+/).filter((id) => id.length > 0);
    directives.push({
      kind: kind as Directive['kind'],
      ruleIds: ids.length === 0 ? 'all' : ids,
      line: lines.positionAt(comment.range.start).line,
    });
  }
  return directives.sort((a, b) => a.line - b.line);
}

function covers(ruleIds: Directive['ruleIds'], ruleId: string): boolean {
  return ruleIds === 'all' || ruleIds.includes(ruleId);
}

/** True when a finding starting on `line` for `ruleId` is suppressed by the directives. */
export function isSuppressed(directives: readonly Directive[], ruleId: string, line: number): boolean {
  let disabledByBlock = false;
  for (const directive of directives) {
    if (!covers(directive.ruleIds, ruleId)) continue;
    if (directive.kind === 'disable-next-line' && directive.line + 1 === line) return true;
    if (directive.kind === 'disable-line' && directive.line === line) return true;
    if (directive.line > line) continue;
    if (directive.kind === 'disable') disabledByBlock = true;
    if (directive.kind === 'enable') disabledByBlock = false;
  }
  return disabledByBlock;
}

export function removeSuppressed(findings: readonly Finding[], comments: readonly SourceComment[], text: string): Finding[] {
  if (comments.length === 0) return [...findings];
  const lines = new LineIndex(text);
  const directives = parseDirectives(comments, lines);
  if (directives.length === 0) return [...findings];
  return findings.filter((f) => !isSuppressed(directives, f.ruleId, lines.positionAt(f.range.start).line));
}

/** The comment that suppresses one rule on the next line, in a language's comment syntax. */
export function suppressionComment(lineComment: string, ruleId: string): string {
  return `${lineComment} sessionlint-disable-next-line ${ruleId}`;
}
