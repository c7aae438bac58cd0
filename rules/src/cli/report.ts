import type { Severity } from '../model/finding';

/**
 * What the CLI found, in plain data with positions already computed, so reporters only format
 * (and so a worker thread can send it back as is).
 */

/** 1-based line and 1-based column counted in UTF-16 code units (SARIF's default column kind). */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

export interface ReportLocation {
  /** Path relative to the report's base directory, with forward slashes. */
  readonly file: string;
  readonly start: LineColumn;
  /** Exclusive end. */
  readonly end: LineColumn;
  /** UTF-16 offsets into the file's text (BOM excluded). */
  readonly offsets: { readonly start: number; readonly end: number };
}

export interface ReportEdit {
  readonly location: ReportLocation;
  readonly newText: string;
}

export interface ReportFix {
  readonly message: string;
  readonly edits: readonly ReportEdit[];
}

export interface ReportFinding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly envDependent: boolean;
  readonly location: ReportLocation;
  readonly related: readonly { readonly message: string; readonly location: ReportLocation }[];
  readonly fix?: ReportFix;
  readonly suggestions: readonly ReportFix[];
  /** Stable across line moves (see fingerprints.ts); SARIF's `partialFingerprints`. */
  readonly fingerprint?: string;
}

export type NotificationKind = 'read' | 'parse' | 'rule' | 'config' | 'walk' | 'project' | 'fix' | 'time';

/** Something that kept part of the work from happening: a file not read or parsed, a rule that threw. */
export interface Notification {
  readonly level: 'error' | 'warning' | 'note';
  readonly kind: NotificationKind;
  readonly message: string;
  /** Relative to the report's base directory, with forward slashes. */
  readonly file?: string;
  readonly ruleId?: string;
}

export interface FileReport {
  readonly file: string;
  readonly findings: readonly ReportFinding[];
  readonly notifications: readonly Notification[];
  /** Fixes `--fix` applied to this file. */
  readonly fixesApplied: number;
  /** True when `--fix` wrote the file. */
  readonly written: boolean;
  /** False when no frontend looked at the file's text (nothing to look for, per the prefilter). */
  readonly parsed: boolean;
}

export interface Report {
  readonly toolVersion: string;
  /** Absolute directory every path in the report is relative to. */
  readonly base: string;
  readonly files: readonly FileReport[];
  /** Notifications not about one analysed file (config warnings, unreadable directories). */
  readonly notifications: readonly Notification[];
  /** Test and fixture files left out (the CLI's default; `--include-tests` checks them). */
  readonly skippedTestFiles: number;
}

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly fixable: number;
  readonly withSuggestions: number;
  readonly fixesApplied: number;
  readonly filesWritten: number;
  readonly filesChecked: number;
  readonly filesWithFindings: number;
}

export function countReport(report: Report): Counts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  let withSuggestions = 0;
  let fixesApplied = 0;
  let filesWritten = 0;
  let filesWithFindings = 0;
  for (const file of report.files) {
    fixesApplied += file.fixesApplied;
    if (file.written) filesWritten++;
    if (file.findings.length > 0) filesWithFindings++;
    for (const finding of file.findings) {
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warn') warnings++;
      else infos++;
      if (finding.fix) fixable++;
      if (finding.suggestions.length > 0) withSuggestions++;
    }
  }
  return { errors, warnings, infos, fixable, withSuggestions, fixesApplied, filesWritten, filesChecked: report.files.length, filesWithFindings };
}

/** All notifications, global ones first. */
export function allNotifications(report: Report): Notification[] {
  return [...report.notifications, ...report.files.flatMap((f) => f.notifications)];
}
