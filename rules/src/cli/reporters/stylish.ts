import { allNotifications, countReport, type Report, type ReportFinding } from '../report';
import { PLAIN, type Styles } from './color';

const SEVERITY_WIDTH = 5;

/**
 * One line per finding, `path:line:column  severity  message  rule-id  [fix]`, so that terminals
 * and editors can jump to it; then the notifications and a summary with counts.
 */
export function formatStylish(report: Report, styles: Styles = PLAIN): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) lines.push(findingLine(finding, styles));
  }
  const notifications = allNotifications(report);
  if (notifications.length > 0) {
    if (lines.length > 0) lines.push('');
    for (const n of notifications) {
      const level = n.level === 'error' ? styles.red('error') : n.level === 'warning' ? styles.yellow('warning') : styles.blue('note');
      lines.push(`${level}: ${n.message}`);
    }
  }
  if (lines.length > 0) lines.push('');
  lines.push(...summary(report, styles));
  return `${lines.join('\n')}\n`;
}

function findingLine(finding: ReportFinding, styles: Styles): string {
  const where = `${finding.location.file}:${finding.location.start.line}:${finding.location.start.column}`;
  const severity = finding.severity.padEnd(SEVERITY_WIDTH);
  const colored = finding.severity === 'error' ? styles.red(severity) : finding.severity === 'warn' ? styles.yellow(severity) : styles.blue(severity);
  const markers = [finding.fix ? '[fix]' : '', finding.suggestions.length > 0 ? '[suggestion]' : ''].filter(Boolean).join(' ');
  return [styles.bold(where), colored, finding.message, styles.dim(finding.ruleId), markers ? styles.green(markers) : ''].filter(Boolean).join('  ');
}

function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}

function summary(report: Report, styles: Styles): string[] {
  const counts = countReport(report);
  const total = counts.errors + counts.warnings + counts.infos;
  const lines: string[] = [];
  if (counts.fixesApplied > 0) lines.push(styles.green(`Fixed ${plural(counts.fixesApplied, 'problem')} in ${plural(counts.filesWritten, 'file')}.`));
  const checked = plural(counts.filesChecked, 'file');
  if (total === 0) {
    lines.push(styles.green(`✔ No problems found in ${checked}.`));
  } else {
    const parts = `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${counts.infos} info`;
    const head = `✖ ${plural(total, 'problem')} (${parts}) in ${counts.filesWithFindings} of ${checked}.`;
    lines.push(counts.errors > 0 ? styles.red(styles.bold(head)) : styles.yellow(styles.bold(head)));
    const hints: string[] = [];
    if (counts.fixable > 0) hints.push(`${counts.fixable} fixable with --fix [fix]`);
    if (counts.withSuggestions > 0) hints.push(`${counts.withSuggestions} with suggested changes to review [suggestion]`);
    if (hints.length > 0) lines.push(`  ${hints.join('; ')}.`);
  }
  if (report.skippedTestFiles > 0) lines.push(styles.dim(`  ${plural(report.skippedTestFiles, 'test or fixture file')} not checked (use --include-tests to check them).`));
  const notes = allNotifications(report).length;
  if (notes > 0) lines.push(styles.yellow(`  ${plural(notes, 'notification')} (files or rules that could not be fully analysed), listed above.`));
  return lines;
}
