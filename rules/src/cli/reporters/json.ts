import { allNotifications, countReport, type Report } from '../report';

/**
 * Machine-readable output: every finding with its file, 1-based line and UTF-16 column, offsets,
 * related locations, fix and suggestions; the notifications; and the counts.
 */
export function formatJson(report: Report): string {
  const counts = countReport(report);
  const output = {
    tool: { name: 'sessionlint', version: report.toolVersion },
    base: report.base,
    findings: report.files.flatMap((file) =>
      file.findings.map((f) => ({
        file: f.location.file,
        ruleId: f.ruleId,
        messageId: f.messageId,
        severity: f.severity,
        message: f.message,
        line: f.location.start.line,
        column: f.location.start.column,
        endLine: f.location.end.line,
        endColumn: f.location.end.column,
        offsets: f.location.offsets,
        envDependent: f.envDependent,
        related: f.related,
        fix: f.fix ?? null,
        suggestions: f.suggestions,
      })),
    ),
    notifications: allNotifications(report),
    summary: {
      filesChecked: counts.filesChecked,
      testFilesSkipped: report.skippedTestFiles,
      errors: counts.errors,
      warnings: counts.warnings,
      infos: counts.infos,
      fixable: counts.fixable,
      withSuggestions: counts.withSuggestions,
      fixesApplied: counts.fixesApplied,
      filesWritten: counts.filesWritten,
    },
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
