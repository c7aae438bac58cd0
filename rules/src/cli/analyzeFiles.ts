import * as path from 'node:path';
import { budgetMessage } from '../model/budget';
import { analyze, screen, type AnalysisResult } from '../engine';
import type { LanguageKind } from '../frontends/frontend';
import { DEFAULT_MAX_FILE_BYTES } from '../model/limits';
import { formatSize } from './budgets';
import type { Settings } from '../model/settings';
import { ProjectLoader } from '../workspace/project';
import type { WorkspaceProblem } from '../workspace/problems';
import { readSourceFile, type SourceRead } from '../workspace/readText';
import { toPosix } from '../workspace/paths';
import { fingerprints } from './fingerprints';
import { applyFixes } from './fix';
import { LocationMapper } from './positions';
import type { FileReport, Notification } from './report';
import { writeFixedFile } from './writeBack';

/**
 * The per-file loop of the CLI: read, analyse, fix, convert to report data. Kept in one module
 * with plain-data inputs and outputs so that it can move into worker threads unchanged.
 */
export interface AnalysisSetup {
  /** Absolute directory report paths are relative to; also the file names the engine sees. */
  readonly base: string;
  readonly settings: Settings;
  /** Apply safe fixes and write the files back. */
  readonly fix: boolean;
  /** The size budget (`--max-file-size`): larger files are not read; 0: no limit. Default 1 MiB. */
  readonly maxFileBytes?: number;
  /** The time budget (`--time-budget`, ms): a slower file gets a notification; 0: off. */
  readonly timeBudgetMs?: number;
}

export interface AnalysisOutput {
  readonly files: FileReport[];
  /** Problems not tied to one analysed file (a package.json that is not JSON). */
  readonly notifications: Notification[];
}

export async function analyzeFiles(files: readonly string[], setup: AnalysisSetup): Promise<AnalysisOutput> {
  const notifications: Notification[] = [];
  const project = new ProjectLoader({ baseDir: setup.base, onProblem: (problem) => notifications.push(projectNotification(setup.base, problem)) });
  const reports: FileReport[] = [];
  for (const file of files) {
    const screened = screenFile(file, setup);
    reports.push('report' in screened ? screened.report : await analyzeFile(file, setup, project, screened.source));
  }
  return { files: reports, notifications };
}

type ReadSource = Extract<SourceRead, { ok: true }>;

/**
 * Reads a file and decides whether it needs analysing at all (language, size budget, prefilter):
 * the report of a file that does not, or the text to analyse. Cheap: no parser is loaded.
 */
export function screenFile(absolutePath: string, setup: AnalysisSetup): { readonly report: FileReport } | { readonly source: ReadSource; readonly language: LanguageKind } {
  const file = toPosix(path.relative(setup.base, absolutePath));
  const source = readFile(file, absolutePath, setup);
  if ('report' in source) return source;
  const screening = screen(source.text, { fileName: file, maxFileBytes: setup.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES });
  if (!screening.skipped) return { source, language: screening.language };
  return { report: { file, findings: [], notifications: sizeNotifications(file, screening.skipped), fixesApplied: 0, written: false, parsed: false } };
}

function readFile(file: string, absolutePath: string, setup: AnalysisSetup): { readonly report: FileReport } | ReadSource {
  const maxFileBytes = setup.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // Only --fix needs the bytes: it writes back only over a file that has not changed since.
  const source = readSourceFile(absolutePath, maxFileBytes > 0 ? maxFileBytes : Number.POSITIVE_INFINITY, { keepBytes: setup.fix });
  if (source.ok) return source;
  const hint = source.reason === 'too-large' ? ' (the size budget; see --max-file-size)' : '';
  const notifications: Notification[] = [{ level: 'warning', kind: 'read', file, message: `${file} was not analysed: ${source.message}${hint}.` }];
  return { report: { file, findings: [], notifications, fixesApplied: 0, written: false, parsed: false } };
}

/** The size-budget warning of a text over the budget (its bytes counted once decoded). */
function sizeNotifications(file: string, result: AnalysisResult): Notification[] {
  if (result.skipped === 'minified') return [{ level: 'note', kind: 'read', file, message: `${file} was not analysed: it is minified or bundled code (lines over 250 characters on average); lint its source instead.` }];
  if (result.skipped === 'vendored') return [{ level: 'note', kind: 'read', file, message: `${file} was not analysed: it is a browser library as distributed (one IIFE/UMD wrapper over 100 KB with a licence or version banner, or in a vendor folder); its sessions are not configured here.` }];
  if (result.skipped !== 'size' || !result.size) return [];
  return [{ level: 'warning', kind: 'read', file, message: `${file} was not analysed: ${formatSize(result.size.bytes)} is over the size budget of ${formatSize(result.size.maxFileBytes)} (see --max-file-size).` }];
}

/** A manifest the project loader could not use, as a report notification. */
export function projectNotification(base: string, problem: WorkspaceProblem): Notification {
  return { level: 'warning', kind: 'project', message: problem.message, file: toPosix(path.relative(base, problem.path)) };
}

/** Analyses one file; `read` when {@link screenFile} has read it already. */
export async function analyzeFile(absolutePath: string, setup: AnalysisSetup, project: ProjectLoader, read?: ReadSource): Promise<FileReport> {
  const file = toPosix(path.relative(setup.base, absolutePath));
  const maxFileBytes = setup.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const source = read ?? readFile(file, absolutePath, setup);
  if ('report' in source) return source.report;
  const notifications: Notification[] = [];
  const empty = (parsed: boolean): FileReport => ({ file, findings: [], notifications, fixesApplied: 0, written: false, parsed });
  // The time budget interrupts: past it the analysis stops with what it has, and the file is named below.
  const timeBudgetMs = setup.timeBudgetMs ?? 0;
  const analyzeText = (text: string): Promise<AnalysisResult> =>
    analyze(text, { fileName: file, settings: setup.settings, project: project.contextFor(file), maxFileBytes, ...(timeBudgetMs > 0 ? { timeBudgetMs } : {}) });

  let text = source.text;
  let result: AnalysisResult;
  try {
    result = await analyzeText(text);
  } catch (error) {
    // analyze() promises never to throw on bad input; if it does, that is our bug, reported per file.
    notifications.push({ level: 'error', kind: 'parse', file, message: `${file} was not analysed: internal error: ${error instanceof Error ? error.message : String(error)}.` });
    return empty(false);
  }
  notifications.push(...sizeNotifications(file, result));
  if (result.budgetExhausted) {
    notifications.push({ level: 'warning', kind: 'time', file, message: `${budgetMessage(file, result.budgetExhausted)}.` });
  } else if (timeBudgetMs > 0 && result.elapsedMs !== undefined && result.elapsedMs > timeBudgetMs) {
    const seconds = (ms: number): string => `${+(ms / 1000).toFixed(1)} s`;
    notifications.push({
      level: 'note',
      kind: 'time',
      file,
      message: `${file} took ${seconds(result.elapsedMs)} to analyse, over the time budget of ${seconds(timeBudgetMs)} (see --time-budget); generated or vendored code can be left out with ignorePatterns.`,
    });
  }
  let fixesApplied = 0;
  let written = false;
  if (setup.fix) {
    const outcome = await applyFixes(text, result, analyzeText);
    if (outcome.problem) notifications.push({ level: 'warning', kind: 'fix', file, message: `${file}: ${outcome.problem}.` });
    if (outcome.applied > 0) {
      const write = source.bytes ? writeFixedFile(absolutePath, source.bytes, outcome.text, source.bom, source.validUtf8) : 'the file was read without its bytes';
      if (write === 'written') {
        text = outcome.text;
        result = outcome.result;
        fixesApplied = outcome.applied;
        written = true;
        project.invalidate(absolutePath);
      } else {
        notifications.push({ level: 'warning', kind: 'fix', file, message: `${file}: fixes were not written: ${write}.` });
      }
    }
  }

  if (result.parseError) notifications.push({ level: 'warning', kind: 'parse', file, message: `${file} could not be parsed: ${result.parseError}` });
  for (const failure of result.ruleErrors) {
    notifications.push({ level: 'error', kind: 'rule', file, ruleId: failure.ruleId, message: `Rule ${failure.ruleId} failed on ${file}: ${failure.message}` });
  }
  // The line index is built only for files with findings: most files of a large project have none.
  const mapper =
    result.findings.length > 0
      ? new LocationMapper(file, text, (other) => {
          const read = readSourceFile(path.resolve(setup.base, other));
          return read.ok ? read.text : undefined;
        })
      : undefined;
  const findings = mapper ? result.findings.map((f) => mapper.finding(f)) : [];
  const prints = mapper ? fingerprints(findings, (line) => mapper.lineText(line)) : [];
  return { file, findings: findings.map((f, i) => ({ ...f, fingerprint: prints[i]! })), notifications, fixesApplied, written, parsed: result.skipped === undefined };
}
