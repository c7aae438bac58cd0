import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { assembleCorpus, type Corpus, type CorpusSize } from './corpus';
import { checkSonarjsRules, readEslintOutput, SONARJS_SESSION_RULES, writeEslintConfig, type EslintOutcome } from './eslintBaseline';
import { measure, phaseOutput, type Measurement } from './measure';
import { readFileList, writeFileList } from './phases/fileList';
import { runEditorOpenBench } from './editorOpen';
import { runRealCorpus, type RealCorpusResults } from './real';
import { printRealSummary } from './realSummary';
import { printSummary, type BenchResults, type PhaseResult } from './summary';

/**
 * `npm run bench`: assembles the corpus, then measures in one invocation, each in its own child
 * process so that wall time and peak memory are the tool's own: reading every file, the keyword
 * scan, the sessionlint CLI (worker threads, and one thread), ESLint with eslint-plugin-sonarjs's
 * session rules, typescript-estree alone, tree-sitter-php alone; then the editor figures. Prints a
 * table with the ratios and writes .bench/results.json (.bench/results-quick.json with --quick).
 * Then the same on the real corpus (test/corpus/bench.json, extracted into .corpus/bench/ by
 * scripts/real-corpus.mjs) when it is there, with per-file times and the slowest files (real.ts).
 * Options: --quick (a small corpus), --runs N (median of N runs), --skip-eslint, --skip-editor,
 * --eslint-concurrency N (also ESLint with --concurrency=N), --skip-real, --real-only,
 * --eslint-every N (ESLint on every Nth JS/TS file of the real corpus; default 8),
 * --file-timeout S (a real file whose analysis takes longer is left out; default 20), --real-loss-js (the
 * prefilter loss check on the real JS/TS files too: minutes). Never run by the tests.
 */
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const BENCH_DIR = path.join(REPO_ROOT, '.bench');
const PHASES = path.join(__dirname, 'phases');
const CLI_BIN = path.join(REPO_ROOT, 'bin', 'sessionlint.js');
const ESLINT_BIN = path.join(REPO_ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');

interface BenchOptions {
  readonly size: CorpusSize;
  readonly eslint: boolean;
  readonly editor: boolean;
  /** Also run ESLint with --concurrency=N (0: not). */
  readonly eslintConcurrency: number;
  /** Runs of each sessionlint measurement; the median is reported. */
  readonly runs: number;
  readonly generated: boolean;
  readonly real: boolean;
  readonly eslintEvery: number;
  readonly fileTimeoutMs: number;
  readonly realLossJs: boolean;
}

function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean' },
      'skip-eslint': { type: 'boolean' },
      'skip-editor': { type: 'boolean' },
      'eslint-concurrency': { type: 'string' },
      runs: { type: 'string' },
      'skip-real': { type: 'boolean' },
      'real-only': { type: 'boolean' },
      'eslint-every': { type: 'string' },
      'file-timeout': { type: 'string' },
      'real-loss-js': { type: 'boolean' },
    },
  });
  return {
    size: values.quick ? 'quick' : 'full',
    eslint: !values['skip-eslint'],
    editor: !values['skip-editor'],
    eslintConcurrency: Number(values['eslint-concurrency'] ?? 0),
    // sessionlint runs take seconds: medians of 3 (ESLint, a minute, runs once).
    runs: Math.max(1, Number(values.runs ?? 3)),
    generated: !values['real-only'],
    real: !values['skip-real'],
    eslintEvery: Math.max(1, Number(values['eslint-every'] ?? 8)),
    fileTimeoutMs: Math.max(1, Number(values['file-timeout'] ?? 20)) * 1000,
    realLossJs: values['real-loss-js'] === true,
  };
}

const node = process.execPath;

async function measured(label: string, args: readonly string[], log: (line: string) => void, env: NodeJS.ProcessEnv = {}, cwd = REPO_ROOT): Promise<Measurement> {
  log(`  ${label} …`);
  const result = await measure(node, args, cwd, env);
  if (result.status !== 0 && result.status !== 1) throw new Error(`${label} failed (exit ${result.status}):\n${result.stderr.slice(-4000)}`);
  return result;
}

/** The median run by wall time, with the highest peak memory seen in any run (the honest figure). */
async function medianOf(runs: number, label: string, args: readonly string[], log: (line: string) => void, env: NodeJS.ProcessEnv = {}, cwd = REPO_ROOT): Promise<Measurement> {
  const results: Measurement[] = [];
  for (let i = 0; i < runs; i++) results.push(await measured(runs > 1 ? `${label} (run ${i + 1}/${runs})` : label, args, log, env, cwd));
  const sorted = [...results].sort((a, b) => a.wallMs - b.wallMs);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const peaks = results.map((r) => r.peakRssMb).filter((p): p is number => p !== null);
  return { ...median, peakRssMb: peaks.length > 0 ? Math.max(...peaks) : null };
}

function phase(measurement: Measurement, files: number, bytes: number, extra: Record<string, unknown> = {}): PhaseResult {
  return { files, mb: bytes / 1e6, wallS: measurement.wallMs / 1000, cpuS: measurement.cpuS, peakRssMb: measurement.peakRssMb, ...extra };
}

interface SessionlintJson {
  readonly findings: readonly { ruleId: string }[];
  readonly notifications: readonly { kind: string }[];
  readonly summary: { filesChecked: number };
}

function readSessionlintOutput(file: string): { filesChecked: number; findings: number; byRule: Record<string, number>; notifications: number } {
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as SessionlintJson;
  const byRule: Record<string, number> = {};
  for (const finding of report.findings) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
  return { filesChecked: report.summary.filesChecked, findings: report.findings.length, byRule, notifications: report.notifications.length };
}

/** A report without the time-budget notes (`took 5.2 s to analyse`): they measure the run, so they differ between runs. */
function comparableReport(file: string): string {
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as { notifications: { kind: string }[] };
  return JSON.stringify({ ...report, notifications: report.notifications.filter((n) => n.kind !== 'time') });
}

async function runBench(options: BenchOptions): Promise<BenchResults> {
  const log = (line: string): void => console.log(line);
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const out = path.join(BENCH_DIR, 'out');
  fs.mkdirSync(out, { recursive: true });
  const sonarjsVersion = checkSonarjsRules(REPO_ROOT);
  const corpus: Corpus = assembleCorpus(REPO_ROOT, options.size, log);
  const allFiles = [...corpus.jsFiles, ...corpus.phpFiles, ...corpus.configFiles];
  const allBytes = corpus.jsBytes + corpus.phpBytes + corpus.configBytes;
  const lists = {
    all: path.join(out, 'all.txt'),
    js: path.join(out, 'js.txt'),
    php: path.join(out, 'php.txt'),
    passed: path.join(out, 'passed.txt'),
    passedJs: path.join(out, 'passed-js.txt'),
    passedPhp: path.join(out, 'passed-php.txt'),
  };
  writeFileList(lists.all, allFiles);
  writeFileList(lists.js, corpus.jsFiles);
  writeFileList(lists.php, corpus.phpFiles);
  const threads = os.availableParallelism();
  log(`corpus: ${corpus.jsFiles.length} JS/TS files (${(corpus.jsBytes / 1e6).toFixed(1)} MB), ${corpus.phpFiles.length} PHP files (${(corpus.phpBytes / 1e6).toFixed(1)} MB), ${corpus.configFiles.length} ini/.htaccess files; ${threads} cores`);

  log('measuring:');
  // The first read warms the page cache, so every tool below reads from memory alike.
  await measured('warm-up read', [path.join(PHASES, 'readAll.js'), lists.all], log);
  const readAll = await medianOf(options.runs, 'read every file', [path.join(PHASES, 'readAll.js'), lists.all], log);
  const scan = await medianOf(1, 'keyword scan (prefilter)', [path.join(PHASES, 'keywordScan.js'), lists.all, lists.passed], log);
  const scanOut = phaseOutput<{ passed: number; byLanguage: Record<string, { files: number; passed: number; bytes: number; passedBytes: number }> }>(scan, 'keyword scan');
  const passed = fs.readFileSync(lists.passed, 'utf8').split('\n').filter(Boolean);
  const jsSet = new Set(corpus.jsFiles);
  const phpSet = new Set(corpus.phpFiles);
  writeFileList(lists.passedJs, passed.filter((f) => jsSet.has(f)));
  writeFileList(lists.passedPhp, passed.filter((f) => phpSet.has(f)));

  const corpusDirs = [...corpus.jsDirectories, corpus.phpDirectory];
  const cliArgs = (output: string, extra: readonly string[], dirs: readonly string[]): string[] => [CLI_BIN, '--format', 'json', '--include-tests', '--exit-zero', '-o', output, ...extra, ...dirs];
  // The CLI keeps V8's compile cache in the user's cache directory: the bench uses its own, warmed by
  // a first run like the page cache above, and also measures a run without it (a first run ever).
  const warm = { XDG_CACHE_HOME: path.join(BENCH_DIR, 'cache'), SESSIONLINT_NO_COMPILE_CACHE: undefined, DISABLE_V8_COMPILE_CACHE: undefined };
  await measured('sessionlint CLI warm-up (fills the compile cache)', cliArgs(path.join(out, 'sessionlint-warm-up.json'), [], corpusDirs), log, warm);
  const sessionlint = await medianOf(options.runs, 'sessionlint CLI', cliArgs(path.join(out, 'sessionlint.json'), [], corpusDirs), log, warm);
  const sessionlintOut = readSessionlintOutput(path.join(out, 'sessionlint.json'));
  const cold = await medianOf(options.runs, 'sessionlint CLI without the compile cache', cliArgs(path.join(out, 'sessionlint-cold.json'), [], corpusDirs), log, { SESSIONLINT_NO_COMPILE_CACHE: '1' });
  // Output must not depend on threads: one thread against workers (at least two, even where the automatic choice is none).
  const single = await medianOf(1, 'sessionlint CLI --threads 1', cliArgs(path.join(out, 'sessionlint-1.json'), ['--threads', '1'], corpusDirs), log, warm);
  const singleOut = readSessionlintOutput(path.join(out, 'sessionlint-1.json'));
  const workerThreads = Math.max(2, threads);
  const threaded = await medianOf(1, `sessionlint CLI --threads ${workerThreads}`, cliArgs(path.join(out, 'sessionlint-threads.json'), ['--threads', String(workerThreads)], corpusDirs), log, warm);
  const identical = comparableReport(path.join(out, 'sessionlint-threads.json')) === comparableReport(path.join(out, 'sessionlint-1.json')) && comparableReport(path.join(out, 'sessionlint.json')) === comparableReport(path.join(out, 'sessionlint-1.json'));

  const loss = await medianOf(1, 'prefilter loss check (every dropped file analysed anyway)', [path.join(PHASES, 'prefilterLoss.js'), lists.all], log);
  const lossOut = phaseOutput<{ dropped: number; lost: number; lostFiles: string[] }>(loss, 'prefilter loss check');
  const parseAll = await medianOf(1, 'typescript-estree parse, all JS/TS', [path.join(PHASES, 'parseJs.js'), lists.js], log);
  const parsePassed = await medianOf(1, 'typescript-estree parse, prefiltered JS/TS', [path.join(PHASES, 'parseJs.js'), lists.passedJs], log);
  const parseAllOut = phaseOutput<{ files: number; bytes: number; errors: number }>(parseAll, 'parse all');
  const parsePassedOut = phaseOutput<{ files: number; bytes: number; errors: number }>(parsePassed, 'parse prefiltered');

  const phpParse = await medianOf(1, 'tree-sitter-php parse, all PHP', [path.join(PHASES, 'parsePhp.js'), lists.php], log);
  const phpParseOut = phaseOutput<{ files: number; bytes: number; withErrors: number; loadMs: number }>(phpParse, 'parse PHP');
  const phpReadAll = await medianOf(options.runs, 'read every PHP file', [path.join(PHASES, 'readAll.js'), lists.php], log);
  const phpSessionlint = await medianOf(options.runs, 'sessionlint CLI on the PHP apps', cliArgs(path.join(out, 'sessionlint-php.json'), [], [corpus.phpDirectory]), log, warm);
  const phpSessionlintOut = readSessionlintOutput(path.join(out, 'sessionlint-php.json'));

  let eslint: { measurement: Measurement; outcome: EslintOutcome } | undefined;
  let eslintParallel: { measurement: Measurement; outcome: EslintOutcome; concurrency: number } | undefined;
  if (options.eslint) {
    const config = writeEslintConfig(BENCH_DIR);
    const eslintArgs = (output: string, extra: readonly string[]): string[] => [ESLINT_BIN, '-c', config, '--no-warn-ignored', '-f', 'json', '-o', output, ...extra, ...corpus.jsDirectories];
    const measurement = await medianOf(1, 'ESLint + eslint-plugin-sonarjs (7 rules), JS/TS', eslintArgs(path.join(out, 'eslint.json'), []), log);
    eslint = { measurement, outcome: readEslintOutput(path.join(out, 'eslint.json')) };
    if (options.eslintConcurrency > 1) {
      const c = options.eslintConcurrency;
      const parallel = await medianOf(1, `ESLint --concurrency=${c}`, eslintArgs(path.join(out, 'eslint-parallel.json'), [`--concurrency=${c}`]), log);
      eslintParallel = { measurement: parallel, outcome: readEslintOutput(path.join(out, 'eslint-parallel.json')), concurrency: c };
    }
  }

  let editor: unknown;
  if (options.editor) editor = await editorFigures(log, corpus.root);

  const passedBytes = Object.values(scanOut.byLanguage).reduce((sum, l) => sum + l.passedBytes, 0);
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: { cpus: threads, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGb: os.totalmem() / 2 ** 30, node: process.version, platform: `${os.platform()} ${os.release()}` },
    corpus: {
      size: options.size,
      root: path.relative(REPO_ROOT, corpus.root),
      jsFiles: corpus.jsFiles.length,
      jsMb: corpus.jsBytes / 1e6,
      phpFiles: corpus.phpFiles.length,
      phpMb: corpus.phpBytes / 1e6,
      configFiles: corpus.configFiles.length,
      ...corpus.sources,
    },
    prefilter: {
      droppedFilesChecked: lossOut.dropped,
      lostFiles: lossOut.lost,
      lost: lossOut.lostFiles,
      filesPassed: scanOut.passed,
      fractionOfFiles: scanOut.passed / allFiles.length,
      fractionOfBytes: passedBytes / allBytes,
      byLanguage: scanOut.byLanguage,
    },
    phases: {
      readAll: phase(readAll, allFiles.length, allBytes),
      keywordScan: phase(scan, allFiles.length, allBytes),
      sessionlint: phase(sessionlint, sessionlintOut.filesChecked, allBytes, { findings: sessionlintOut.findings, byRule: sessionlintOut.byRule, notifications: sessionlintOut.notifications }),
      sessionlintNoCompileCache: phase(cold, sessionlintOut.filesChecked, allBytes),
      sessionlintOneThread: phase(single, singleOut.filesChecked, allBytes, { threads: 1, findings: singleOut.findings, identicalToThreaded: identical }),
      sessionlintThreads: phase(threaded, singleOut.filesChecked, allBytes, { threads: workerThreads }),
      ...(eslint ? { eslint: phase(eslint.measurement, eslint.outcome.files, corpus.jsBytes, { findings: eslint.outcome.findings, byRule: eslint.outcome.byRule, fatalParseErrors: eslint.outcome.fatal, rules: SONARJS_SESSION_RULES.map((r) => `sonarjs/${r.id}`), sonarjsVersion }) } : {}),
      ...(eslintParallel ? { eslintParallel: phase(eslintParallel.measurement, eslintParallel.outcome.files, corpus.jsBytes, { concurrency: eslintParallel.concurrency }) } : {}),
      parseAllJs: phase(parseAll, parseAllOut.files, parseAllOut.bytes, { parseErrors: parseAllOut.errors }),
      parsePrefilteredJs: phase(parsePassed, parsePassedOut.files, parsePassedOut.bytes),
      phpParseAll: phase(phpParse, phpParseOut.files, phpParseOut.bytes, { grammarLoadMs: phpParseOut.loadMs, withSyntaxErrors: phpParseOut.withErrors }),
      phpReadAll: phase(phpReadAll, corpus.phpFiles.length, corpus.phpBytes),
      phpSessionlint: phase(phpSessionlint, phpSessionlintOut.filesChecked, corpus.phpBytes + corpus.configBytes, { findings: phpSessionlintOut.findings }),
    },
    ...(editor !== undefined ? { editor } : {}),
  };
  return results;
}

/** The editor figures come from the language server's own benchmark module, when it is there. */
async function editorFigures(log: (line: string) => void, scanRoot: string): Promise<unknown> {
  const modulePath = path.join(__dirname, 'editor.js');
  if (!fs.existsSync(modulePath)) {
    log('  editor latency: skipped (test/dist/bench/editor.js not built)');
    return undefined;
  }
  log('  editor latency (language server) …');
  const editor = require(modulePath) as { runEditorBench?: (log: (line: string) => void, scanRoot?: string) => Promise<unknown> };
  if (typeof editor.runEditorBench !== 'function') return undefined;
  const lines: string[] = [];
  const figures = await editor.runEditorBench((line) => lines.push(line), scanRoot);
  return { figures, lines };
}

async function realFigures(options: BenchOptions): Promise<RealCorpusResults | undefined> {
  const log = (line: string): void => console.log(line);
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  return runRealCorpus({
    repoRoot: REPO_ROOT,
    benchDir: BENCH_DIR,
    runs: options.runs,
    eslint: options.eslint,
    eslintEvery: options.eslintEvery,
    fileTimeoutMs: options.fileTimeoutMs,
    lossJs: options.realLossJs,
    phases: PHASES,
    cliBin: CLI_BIN,
    eslintBin: ESLINT_BIN,
    measured: (label, args, env, cwd) => measured(label, args, log, env, cwd),
    medianOf: (runs, label, args, env, cwd) => medianOf(runs, label, args, log, env, cwd),
    log,
  });
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const results = options.generated ? await runBench(options) : undefined;
  // The real corpus takes minutes: a --quick run leaves it out.
  if (options.real && options.size === 'quick') console.log('real corpus: skipped in a --quick run');
  const real = options.real && options.size === 'full' ? await realFigures(options) : undefined;
  // Opening the real files in the language server, one at a time (the editor target: diagnostics within 1 s, others responsive).
  const realList = path.join(BENCH_DIR, 'real', 'all.txt');
  const editorOpen = real && options.editor && fs.existsSync(realList) ? await runEditorOpenBench(readFileList(realList), (line) => console.log(line)) : undefined;
  // A --quick run keeps its own file, so that it never overwrites the full figures.
  const file = path.join(BENCH_DIR, !options.generated ? 'results-real.json' : options.size === 'full' ? 'results.json' : 'results-quick.json');
  fs.writeFileSync(file, `${JSON.stringify({ ...results, ...(real ? { real } : {}), ...(editorOpen ? { editorOpen } : {}) }, null, 2)}\n`);
  if (results) printSummary(results, (line) => console.log(line));
  if (real) printRealSummary(real, (line) => console.log(line));
  if (editorOpen) {
    const met = (ok: boolean): string => (ok ? 'met' : 'NOT MET');
    console.log(`editor, opening real files: max ${editorOpen.maxMs.toFixed(0)} ms over ${editorOpen.files} files (target ≤ 1000 ms: ${met(editorOpen.maxMs <= 1000)}); a document edited meanwhile: at most ${editorOpen.probeMaxMs.toFixed(0)} ms`);
  }
  console.log(`\nresults: ${path.relative(process.cwd(), file) || file}; bench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
