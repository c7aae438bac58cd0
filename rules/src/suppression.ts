import type { SourceComment } from './frontends/frontend';
import type { Finding } from './model/finding';
import { LineIndex } from './model/range';

/**
 * Suppression comments, honoured by every face because the engine applies them. Two syntaxes:
 *
 *   sessionlint-disable-next-line <id>[, <id>] -- reason
 *   sessionlint-disable-line <id>
 *   sessionlint-disable <id>   …   sessionlint-enable <id>
 *
 * and ESLint's, read the way ESLint reads them, so a comment written for ESLint also quiets the CLI
 * and the editor:
 *
 *   eslint-disable-next-line sessionlint/<id>[, …] -- reason     (line or block comment)
 *   eslint-disable-line sessionlint/<id>                          (line, or single-line block comment)
 *   /* eslint-disable sessionlint/<id> *\/ … /* eslint-enable sessionlint/<id> *\/   (block comments only)
 *
 * No id means every rule. An ESLint directive that names only other plugins' rules
 * (`eslint-disable-next-line no-console`) does not touch sessionlint's.
 */
export type DirectiveSyntax = 'sessionlint' | 'eslint';

interface Directive {
  readonly kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  readonly ruleIds: readonly string[] | 'all';
  /** The line a `-line` or block directive is on (the comment's first line). */
  readonly line: number;
  /** The line a `-next-line` directive suppresses: the one after the comment's last line. */
  readonly nextLine: number;
}

interface Parsed {
  readonly syntax: DirectiveSyntax;
  readonly kind: Directive['kind'];
  readonly ids: readonly string[];
}

const LABEL = /^(sessionlint|eslint)-(disable-next-line|disable-line|disable|enable)(?:\s|$)/;
/** ESLint's separator between a directive and its reason: whitespace, two or more dashes, whitespace. */
const REASON = /\s-{2,}\s/;
const ESLINT_NAMESPACE = 'sessionlint/';

/** A directive from one comment's text (delimiters removed), or undefined when it holds none. */
function parseComment(comment: string): Parsed | undefined {
  const whole = comment.replace(/\*\/\s*$/, '');
  // A sessionlint directive is its comment's first line (the lines after it can explain it in prose),
  // and may follow a JSDoc `*`. ESLint's are read as ESLint reads them: the whole comment, no `*`.
  const ours = /^\s*(?:\*+\s*)?sessionlint-/.test(whole);
  const value = ours ? (whole.split(/\r?\n/, 1)[0] ?? '').replace(/^\s*\*+/, '') : whole;
  const reason = REASON.exec(value);
  const directive = (reason ? value.slice(0, reason.index) : value).trim();
  const match = LABEL.exec(directive);
  if (!match) return undefined;
  const syntax = match[1] as DirectiveSyntax;
  const kind = match[2] as Directive['kind'];
  const rest = directive.slice(match[0].length).replace(/\s--$/, '');
  // ESLint separates rule ids by commas (and allows quotes around them); sessionlint's by commas or spaces.
  const parts = syntax === 'eslint' ? rest.split(',').map((part) => unquote(part.trim())) : rest.split(/[\s,]+/);
  const ids = parts.map((id) => id.trim()).filter((id) => id.length > 0);
  return { syntax, kind, ids };
}

/** `'id'` or `"id"` → `id`, as ESLint reads a quoted rule id. */
function unquote(text: string): string {
  const quote = text[0];
  return text.length >= 2 && (quote === "'" || quote === '"') && text.endsWith(quote) ? text.slice(1, -1) : text;
}

/** The sessionlint rule ids a directive names, `'all'`, or undefined when it names none of ours. */
function ruleIdsOf(parsed: Parsed): Directive['ruleIds'] | undefined {
  if (parsed.ids.length === 0) return 'all';
  if (parsed.syntax === 'sessionlint') return parsed.ids;
  const ours = parsed.ids.filter((id) => id.startsWith(ESLINT_NAMESPACE)).map((id) => id.slice(ESLINT_NAMESPACE.length));
  return ours.length > 0 ? ours : undefined;
}

export interface DirectiveOptions {
  /** Which syntaxes to honour. The ESLint face leaves ESLint's own to ESLint. Default: both. */
  readonly syntaxes?: readonly DirectiveSyntax[];
}

export function parseDirectives(comments: readonly SourceComment[], lines: LineIndex, text: string, options: DirectiveOptions = {}): Directive[] {
  const syntaxes = options.syntaxes ?? ['sessionlint', 'eslint'];
  const directives: Directive[] = [];
  for (const comment of comments) {
    // Most comments are not directives: a cheap test before the parse.
    if (!comment.text.includes('-disable') && !comment.text.includes('-enable')) continue;
    const parsed = parseComment(comment.text);
    if (!parsed || !syntaxes.includes(parsed.syntax)) continue;
    const ruleIds = ruleIdsOf(parsed);
    if (!ruleIds) continue;
    const line = lines.positionAt(comment.range.start).line;
    const lastLine = lines.positionAt(comment.range.end).line;
    if (parsed.syntax === 'eslint') {
      const block = text.startsWith('/*', comment.range.start);
      // ESLint reads eslint-disable / eslint-enable in block comments only, and rejects a multi-line eslint-disable-line.
      if (!block && (parsed.kind === 'disable' || parsed.kind === 'enable')) continue;
      if (parsed.kind === 'disable-line' && lastLine !== line) continue;
    }
    directives.push({ kind: parsed.kind, ruleIds, line, nextLine: lastLine + 1 });
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
    if (directive.kind === 'disable-next-line' && directive.nextLine === line) return true;
    if (directive.kind === 'disable-line' && directive.line === line) return true;
    if (directive.line > line) continue;
    if (directive.kind === 'disable') disabledByBlock = true;
    if (directive.kind === 'enable') disabledByBlock = false;
  }
  return disabledByBlock;
}

export function removeSuppressed(findings: readonly Finding[], comments: readonly SourceComment[], text: string, options: DirectiveOptions = {}): Finding[] {
  if (comments.length === 0 || findings.length === 0) return [...findings];
  const lines = new LineIndex(text);
  const directives = parseDirectives(comments, lines, text, options);
  if (directives.length === 0) return [...findings];
  return findings.filter((f) => !isSuppressed(directives, f.ruleId, lines.positionAt(f.range.start).line));
}

/** The comment that suppresses one rule on the next line, in a language's comment syntax. */
export function suppressionComment(lineComment: string, ruleId: string): string {
  return `${lineComment} sessionlint-disable-next-line ${ruleId}`;
}
