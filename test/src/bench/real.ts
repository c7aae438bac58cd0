import * as fs from 'node:fs';
import * as path from 'node:path';
import { readEslintOutput, writeEslintConfig } from './eslintBaseline';
import type { Measurement } from './measure';
import { phaseOutput } from './measure';
import type { FileTime } from './phases/perFile';
import { writeFileList } from './phases/fileList';
import type { PhaseResult } from './summary';

/**
 * The bench on real code: the public repositories pinned in test/corpus/bench.json, extracted by
 * scripts/real-corpus.mjs into .corpus/bench/ (never committed). Measured like the generated corpus,
 * with the CLI's own file selection (tests skipped, as a user runs it): each file's analysis time in
 * one thread with a timeout (a file over it is left out of every timed run, with a note), reading
 * every file, the prefilter and its loss check, the sessionlint CLI, and ESLint + sonarjs on every
 * Nth JS/TS file against sessionlint on the same files.
 */
export interface RealCorpusOptions {
  readonly repoRoot: string;
  readonly benchDir: string;
  readonly runs: number;
  readonly eslint: boolean;
  /** ESLint (and sessionlint beside it) runs on every Nth JS/TS file: ESLint on all of them takes minutes. */
  readonly eslintEvery: number;
  /** A file whose analysis takes longer is stopped and left out of the timed runs. */
  readonly fileTimeoutMs: number;
  /** Also check the prefilter's loss on the JS/TS files (parses every dropped one: minutes). */
  readonly lossJs: boolean;
  readonly phases: string;
  readonly cliBin: string;
  readonly eslintBin: string;
  readonly measured: (label: string, args: readonly string[], env?: NodeJS.ProcessEnv, cwd?: string) => Promise<Measurement>;
  readonly medianOf: (runs: number, label: string, args: readonly string[], env?: NodeJS.ProcessEnv, cwd?: string) => Promise<Measurement>;
  readonly log: (line: string) => void;
}

export interface RealCorpusResults {
  readonly repositories: readonly { readonly repo: string; readonly commit: string; readonly kind: string }[];
  readonly files: number;
  readonly skippedTestFiles: number;
  readonly byLanguage: Record<string, { files: number; bytes: number }>;
  readonly excluded: readonly { readonly file: string; readonly reason: string }[];
  readonly perFile: {
    readonly timeoutMs: number;
    readonly all: FileStats;
    readonly parsed: FileStats;
    readonly parsedByLanguage: Record<string, FileStats>;
    readonly slowest: readonly { readonly file: string; readonly ms: number }[];
  };
  readonly prefilter: { readonly passed: number; readonly byLanguage: Record<string, { files: number; passed: number }>; readonly lossJs: boolean; readonly dropped: number; readonly lost: number; readonly lostFiles: readonly string[] };
  readonly findings: number;
  readonly byRule: Record<string, number>;
  readonly eslintEvery: number;
  readonly phases: Record<string, PhaseResult>;
}

export interface FileStats {
  readonly files: number;
  readonly totalMs: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

interface CorpusEntry {
  readonly repo: string;
  readonly commit: string;
  readonly kind: string;
}

const JS_LANGUAGE = /\.(js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;

/** The corpus root and its repositories, or why the real corpus cannot run. */
export function realCorpus(repoRoot: string): { root: string; entries: CorpusEntry[] } | { missing: string } {
  const list = path.join(repoRoot, 'test', 'corpus', 'bench.json');
  const root = path.join(repoRoot, '.corpus', 'bench');
  const entries = JSON.parse(fs.readFileSync(list, 'utf8')) as CorpusEntry[];
  const absent = entries.filter((e) => {
    const marker = path.join(root, `${e.repo.replace('/', '+')}.commit`);
    return !fs.existsSync(marker) || fs.readFileSync(marker, 'utf8').trim() !== e.commit;
  });
  if (absent.length > 0) return { missing: `${absent.length} of ${entries.length} repositories of test/corpus/bench.json are not in .corpus/bench/ at their pinned commits (${absent.slice(0, 3).map((e) => e.repo).join(', ')}${absent.length > 3 ? ', …' : ''}); run node scripts/real-corpus.mjs bench` };
  return { root, entries };
}

function stats(times: readonly FileTime[]): FileStats {
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return { files: sorted.length, totalMs: sorted.reduce((a, b) => a + b, 0), p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

function phase(m: Measurement, files: number, bytes: number, extra: Record<string, unknown> = {}): PhaseResult {
  return { files, mb: bytes / 1e6, wallS: m.wallMs / 1000, cpuS: m.cpuS, peakRssMb: m.peakRssMb, ...extra };
}

export async function runRealCorpus(options: RealCorpusOptions): Promise<RealCorpusResults | undefined> {
  const { log } = options;
  const corpus = realCorpus(options.repoRoot);
  if ('missing' in corpus) {
    log(`real corpus: skipped: ${corpus.missing}`);
    return undefined;
  }
  const out = path.join(options.benchDir, 'real');
  fs.mkdirSync(out, { recursive: true });
  const dirs = corpus.entries.map((e) => e.repo.replace('/', '+'));
  const lists = { all: path.join(out, 'all.txt'), timed: path.join(out, 'timed.txt'), passed: path.join(out, 'passed.txt'), loss: path.join(out, 'loss.txt'), eslint: path.join(out, 'eslint-files.txt') };
  log(`real corpus: ${corpus.entries.length} repositories in ${path.relative(options.repoRoot, corpus.root)}/`);

  const selection = phaseOutput<{ files: number; skippedTestFiles: number; byLanguage: Record<string, { files: number; bytes: number }> }>(
    await options.measured('real: the CLI’s file selection', [path.join(options.phases, 'selectFiles.js'), corpus.root, lists.all, ...dirs], {}, corpus.root),
    'file selection',
  );
  const all = fs.readFileSync(lists.all, 'utf8').split('\n').filter(Boolean);
  log(`  ${selection.files} files to check (${Object.entries(selection.byLanguage).map(([l, c]) => `${c.files} ${l}`).join(', ')}), ${selection.skippedTestFiles} test files skipped`);

  // Each file alone, in one thread, with a timeout: finds the files that would stall the runs below.
  const perFileOut = path.join(out, 'per-file.json');
  await options.measured(`real: each file's analysis time (one thread, ${options.fileTimeoutMs / 1000} s timeout a file)`, [path.join(options.phases, 'perFile.js'), lists.all, corpus.root, perFileOut, String(options.fileTimeoutMs)]);
  const perFile = JSON.parse(fs.readFileSync(perFileOut, 'utf8')) as { times: FileTime[]; timedOut: string[] };
  const excluded = perFile.timedOut.map((file) => ({ file: path.relative(corpus.root, file), reason: `its analysis did not finish within ${options.fileTimeoutMs / 1000} s` }));
  for (const e of excluded) log(`  NOTE: ${e.file} is left out of every timed run below: ${e.reason}`);
  const excludedSet = new Set(perFile.timedOut);
  const timed = all.filter((f) => !excludedSet.has(f));
  writeFileList(lists.timed, timed);
  const bytesOf = (files: readonly string[]): number => files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  const timedBytes = bytesOf(timed);

  // The CLI walks the repositories itself; a config leaves the excluded files out (patterns relative to its folder).
  const config = path.join(corpus.root, '..', 'bench.sessionlint.json');
  fs.writeFileSync(config, `${JSON.stringify({ ignorePatterns: excluded.map((e) => `bench/${e.file.split(path.sep).join('/')}`) }, null, 2)}\n`);
  const cliArgs = (output: string, targets: readonly string[]): string[] => [options.cliBin, '-c', config, '--format', 'json', '--exit-zero', '-o', output, ...targets];
  const warm = { XDG_CACHE_HOME: path.join(options.benchDir, 'cache'), SESSIONLINT_NO_COMPILE_CACHE: undefined, DISABLE_V8_COMPILE_CACHE: undefined };

  await options.measured('real: warm-up read', [path.join(options.phases, 'readAll.js'), lists.timed]);
  const readAll = await options.medianOf(options.runs, 'real: read every file', [path.join(options.phases, 'readAll.js'), lists.timed]);
  const scan = await options.measured('real: keyword scan (prefilter)', [path.join(options.phases, 'keywordScan.js'), lists.timed, lists.passed]);
  const scanOut = phaseOutput<{ passed: number; byLanguage: Record<string, { files: number; passed: number }> }>(scan, 'real keyword scan');
  // The loss check parses every dropped file: for JS/TS that is ESLint's work again (minutes); the
  // generated corpus checks the JS/TS prefilter, this one PHP's and the config files' unless asked.
  const lossFiles = options.lossJs ? timed : timed.filter((f) => !JS_LANGUAGE.test(f));
  writeFileList(lists.loss, lossFiles);
  const loss = phaseOutput<{ dropped: number; lost: number; lostFiles: string[] }>(
    await options.measured(`real: prefilter loss check (every dropped ${options.lossJs ? '' : 'PHP, YAML and config '}file analysed anyway)`, [path.join(options.phases, 'prefilterLoss.js'), lists.loss]),
    'real prefilter loss',
  );

  await options.measured('real: sessionlint CLI warm-up', cliArgs(path.join(out, 'sessionlint-warm-up.json'), dirs), warm, corpus.root);
  const sessionlint = await options.medianOf(options.runs, 'real: sessionlint CLI', cliArgs(path.join(out, 'sessionlint.json'), dirs), warm, corpus.root);
  const report = JSON.parse(fs.readFileSync(path.join(out, 'sessionlint.json'), 'utf8')) as { findings: { ruleId: string }[]; summary: { filesChecked: number } };
  const byRule: Record<string, number> = {};
  for (const f of report.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  const single = await options.medianOf(1, 'real: sessionlint CLI --threads 1', cliArgs(path.join(out, 'sessionlint-1.json'), ['--threads', '1', ...dirs]), warm, corpus.root);

  const phases: Record<string, PhaseResult> = {
    readAll: phase(readAll, timed.length, timedBytes),
    keywordScan: phase(scan, timed.length, timedBytes),
    sessionlint: phase(sessionlint, report.summary.filesChecked, timedBytes, { findings: report.findings.length }),
    sessionlintOneThread: phase(single, report.summary.filesChecked, timedBytes, { threads: 1 }),
  };
  for (const language of ['js', 'php']) {
    const files = timed.filter((f) => (language === 'js' ? JS_LANGUAGE.test(f) : f.endsWith('.php')));
    const list = path.join(out, `${language}.txt`);
    writeFileList(list, files);
    phases[`${language}ReadAll`] = phase(await options.medianOf(options.runs, `real: read every ${language === 'js' ? 'JS/TS' : 'PHP'} file`, [path.join(options.phases, 'readAll.js'), list]), files.length, bytesOf(files));
  }

  if (options.eslint) {
    const every = options.eslintEvery;
    const subset = timed.filter((f) => JS_LANGUAGE.test(f)).filter((_, i) => i % every === 0);
    writeFileList(lists.eslint, subset);
    const eslintConfig = writeEslintConfig(options.benchDir);
    const eslintOutput = path.join(out, 'eslint.json');
    const eslint = await options.measured(`real: ESLint + sonarjs on every ${every === 1 ? '' : `${every}th `}JS/TS file`, [options.eslintBin, '-c', eslintConfig, '--no-warn-ignored', '-f', 'json', '-o', eslintOutput, ...subset]);
    const outcome = readEslintOutput(eslintOutput);
    const same = await options.medianOf(options.runs, 'real: sessionlint CLI on the same JS/TS files', cliArgs(path.join(out, 'sessionlint-eslint-files.json'), subset), warm, corpus.root);
    const subsetBytes = bytesOf(subset);
    // Only sonarjs's findings: the corpus's own `eslint-disable` comments name rules this config lacks, which ESLint reports too.
    const sonarjs = Object.entries(outcome.byRule).filter(([rule]) => rule.startsWith('sonarjs/'));
    phases.eslint = phase(eslint, outcome.files, subsetBytes, { findings: sonarjs.reduce((sum, [, n]) => sum + n, 0), byRule: Object.fromEntries(sonarjs), otherMessages: outcome.findings - sonarjs.reduce((sum, [, n]) => sum + n, 0), fatalParseErrors: outcome.fatal });
    phases.sessionlintOnEslintFiles = phase(same, subset.length, subsetBytes);
  }

  const timesDone = perFile.times;
  const parsed = timesDone.filter((t) => t.parsed);
  const languageOfFile = (f: string): string => (JS_LANGUAGE.test(f) ? 'js' : f.endsWith('.php') ? 'php' : 'other');
  const parsedByLanguage: Record<string, FileStats> = {};
  for (const language of ['js', 'php', 'other']) parsedByLanguage[language] = stats(parsed.filter((t) => languageOfFile(t.file) === language));
  return {
    repositories: corpus.entries.map(({ repo, commit, kind }) => ({ repo, commit, kind })),
    files: selection.files,
    skippedTestFiles: selection.skippedTestFiles,
    byLanguage: selection.byLanguage,
    excluded,
    perFile: {
      timeoutMs: options.fileTimeoutMs,
      all: stats(timesDone),
      parsed: stats(parsed),
      parsedByLanguage,
      slowest: [...timesDone].sort((a, b) => b.ms - a.ms).slice(0, 10).map((t) => ({ file: path.relative(corpus.root, t.file), ms: t.ms })),
    },
    prefilter: { passed: scanOut.passed, byLanguage: scanOut.byLanguage, lossJs: options.lossJs, dropped: loss.dropped, lost: loss.lost, lostFiles: loss.lostFiles },
    findings: report.findings.length,
    byRule,
    eslintEvery: options.eslintEvery,
    phases,
  };
}
