import type { Fix } from '../model/edit';
import type { Finding } from '../model/finding';
import { LineIndex, type TextRange } from '../model/range';
import type { ReportFinding, ReportFix, ReportLocation } from './report';

/** Line indexes of the files a report mentions: the analysed file and the modules it imported. */
export class LocationMapper {
  private readonly indexes = new Map<string, LineIndex | null>();

  /**
   * @param file the analysed file's report path.
   * @param text its text.
   * @param textOf reads another file named in a related location (its report path), or undefined.
   */
  constructor(
    private readonly file: string,
    text: string,
    private readonly textOf: (file: string) => string | undefined,
  ) {
    this.indexes.set(file, new LineIndex(text));
  }

  location(range: TextRange, file: string = this.file): ReportLocation | undefined {
    let index = this.indexes.get(file);
    if (index === undefined) {
      const text = this.textOf(file);
      index = text === undefined ? null : new LineIndex(text);
      this.indexes.set(file, index);
    }
    if (!index) return undefined;
    const start = index.positionAt(range.start);
    const end = index.positionAt(range.end);
    return {
      file,
      start: { line: start.line + 1, column: start.character + 1 },
      end: { line: end.line + 1, column: end.character + 1 },
      offsets: { start: range.start, end: range.end },
    };
  }

  /** The analysed file's text of a 1-based line. */
  lineText(line: number): string {
    return this.indexes.get(this.file)?.lineText(line - 1) ?? '';
  }

  finding(finding: Finding): ReportFinding {
    const related = finding.related.flatMap((r) => {
      const location = this.location(r.range, r.file ?? this.file);
      return location ? [{ message: r.message, location }] : [];
    });
    return {
      ruleId: finding.ruleId,
      messageId: finding.messageId,
      severity: finding.severity,
      message: finding.message,
      envDependent: finding.envDependent,
      location: this.location(finding.range)!,
      related,
      ...(finding.fix ? { fix: this.fix(finding.fix) } : {}),
      suggestions: finding.suggestions.map((s) => this.fix(s)),
    };
  }

  private fix(fix: Fix): ReportFix {
    return { message: fix.message, edits: fix.edits.map((edit) => ({ location: this.location(edit.range)!, newText: edit.newText })) };
  }
}
