import * as fs from 'node:fs';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver/node';
import type { Finding, Severity } from '../../rules/dist/model/finding';
import type { RelatedLocation } from '../../rules/dist/model/facts';
import { LineIndex, type TextRange } from '../../rules/dist/model/range';
import { ruleDocsUrl } from '../../rules/dist/model/rule';
import { linesOf, type DocumentAnalysis } from './analysis';
import { fileNameToUri } from './uri';

export const SOURCE = 'sessionlint';

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warn: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toRange(lines: LineIndex, range: TextRange): Range {
  return { start: lines.positionAt(range.start), end: lines.positionAt(range.end) };
}

/** Text of another file a related location points into: open documents first, then the disk. */
export type TextOfFile = (fileName: string) => string | undefined;

export function toDiagnostic(analysis: DocumentAnalysis, finding: Finding, textOf: TextOfFile): Diagnostic {
  const lines = linesOf(analysis);
  const related = finding.related
    .map((location) => relatedInformation(analysis, location, lines, textOf))
    .filter((r): r is DiagnosticRelatedInformation => r !== undefined);
  return {
    range: toRange(lines, finding.range),
    severity: SEVERITIES[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    message: finding.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
  };
}

export function toDiagnostics(analysis: DocumentAnalysis, textOf: TextOfFile): Diagnostic[] {
  return shownFindings(analysis).map((finding) => toDiagnostic(analysis, finding, textOf));
}

/** The findings the editor shows: error-level ones only with `sessionlint.quiet`. */
export function shownFindings(analysis: DocumentAnalysis): readonly Finding[] {
  return analysis.settings.quiet ? analysis.findings.filter((finding) => finding.severity === 'error') : analysis.findings;
}

function relatedInformation(analysis: DocumentAnalysis, location: RelatedLocation, lines: LineIndex, textOf: TextOfFile): DiagnosticRelatedInformation | undefined {
  if (!location.file || location.file === analysis.info.fileName) {
    return { location: { uri: analysis.info.uri, range: toRange(lines, location.range) }, message: location.message };
  }
  // A place in another file (an options object imported from ./config): its offsets index that file's text.
  const text = textOf(location.file);
  if (text === undefined) return undefined;
  return { location: { uri: fileNameToUri(location.file), range: toRange(new LineIndex(text), location.range) }, message: location.message };
}

export function readTextFile(fileName: string): string | undefined {
  try {
    return fs.readFileSync(fileName, 'utf8');
  } catch {
    return undefined;
  }
}
