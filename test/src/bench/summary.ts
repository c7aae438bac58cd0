/** What `npm run bench` measured (written to .bench/results.json) and how it prints it. */
export interface PhaseResult {
  readonly files: number;
  readonly mb: number;
  readonly wallS: number;
  /** User + system CPU seconds over all threads; null when not measurable. */
  readonly cpuS: number | null;
  readonly peakRssMb: number | null;
  readonly [extra: string]: unknown;
}

export interface BenchResults {
  readonly date: string;
  readonly machine: { readonly cpus: number; readonly cpuModel: string; readonly memoryGb: number; readonly node: string; readonly platform: string };
  readonly corpus: Record<string, unknown> & { readonly jsFiles: number; readonly jsMb: number; readonly phpFiles: number; readonly phpMb: number; readonly configFiles: number };
  readonly prefilter: { readonly droppedFilesChecked: number; readonly lostFiles: number; readonly lost: readonly string[]; readonly filesPassed: number; readonly fractionOfFiles: number; readonly fractionOfBytes: number; readonly byLanguage: Record<string, { files: number; passed: number; bytes: number; passedBytes: number }> };
  readonly phases: Record<string, PhaseResult>;
  readonly editor?: unknown;
  ratios?: Record<string, { readonly value: number; readonly target: string; readonly met: boolean }>;
}

/** The targets of the performance issue. */
export function computeRatios(results: BenchResults): NonNullable<BenchResults['ratios']> {
  const { sessionlint, readAll, eslint, eslintParallel, phpSessionlint, phpReadAll } = results.phases;
  const ratios: NonNullable<BenchResults['ratios']> = {};
  if (sessionlint && eslint) {
    const value = eslint.wallS / sessionlint.wallS;
    ratios.eslintOverSessionlint = { value, target: '≥ 25×', met: value >= 25 };
  }
  if (sessionlint && eslintParallel) {
    const value = eslintParallel.wallS / sessionlint.wallS;
    ratios.eslintConcurrentOverSessionlint = { value, target: '≥ 25×', met: value >= 25 };
  }
  if (sessionlint && readAll) {
    const value = sessionlint.wallS / readAll.wallS;
    ratios.sessionlintOverReadAll = { value, target: '≤ 10×', met: value <= 10 };
  }
  const cold = results.phases.sessionlintNoCompileCache;
  if (cold && eslint) {
    const value = eslint.wallS / cold.wallS;
    ratios.eslintOverSessionlintFirstRun = { value, target: '(first run)', met: value >= 25 };
  }
  if (cold && readAll) {
    const value = cold.wallS / readAll.wallS;
    ratios.sessionlintFirstRunOverReadAll = { value, target: '(first run)', met: value <= 10 };
  }
  // CPU seconds (all threads) do not depend on what else the machine runs: on a shared machine they are the steadier figure.
  if (sessionlint?.cpuS != null && eslint?.cpuS != null) {
    const value = eslint.cpuS / sessionlint.cpuS;
    ratios.eslintOverSessionlintCpu = { value, target: '(CPU)', met: value >= 25 };
  }
  if (sessionlint?.peakRssMb != null) ratios.sessionlintPeakRssMb = { value: sessionlint.peakRssMb, target: '< 300 MB', met: sessionlint.peakRssMb < 300 };
  if (phpSessionlint && phpReadAll) {
    const value = phpSessionlint.wallS / phpReadAll.wallS;
    ratios.phpSessionlintOverReadAll = { value, target: '≤ 10×', met: value <= 10 };
  }
  return ratios;
}

const LABELS: Record<string, string> = {
  readAll: 'read every file',
  keywordScan: 'keyword scan (prefilter), every file',
  sessionlint: 'sessionlint CLI',
  sessionlintNoCompileCache: 'sessionlint CLI, first run (no compile cache)',
  sessionlintOneThread: 'sessionlint CLI --threads 1',
  sessionlintThreads: 'sessionlint CLI with worker threads',
  eslint: 'ESLint + sonarjs (7 rules), JS/TS only',
  eslintParallel: 'ESLint --concurrency, JS/TS only',
  parseAllJs: 'typescript-estree parse, every JS/TS file',
  parsePrefilteredJs: 'typescript-estree parse, prefiltered JS/TS',
  phpReadAll: 'PHP: read every PHP file',
  phpParseAll: 'PHP: tree-sitter-php parse, every file',
  phpSessionlint: 'PHP: sessionlint CLI on the PHP apps',
};

export function printSummary(results: BenchResults, log: (line: string) => void): void {
  results.ratios = computeRatios(results);
  const c = results.corpus;
  const m = results.machine;
  log('');
  log(`sessionlint benchmark (${String(c.size)} corpus) on ${m.cpus} cores (${m.cpuModel}), Node ${m.node}`);
  log(`corpus: ${c.jsFiles} JS/TS files (${c.jsMb.toFixed(1)} MB: ${String(c.packageFiles)} files of ${String(c.packages)} installed packages + ${String(c.nodeApps)} generated Express/Fastify apps), ${c.phpFiles} PHP files (${c.phpMb.toFixed(1)} MB, ${String(c.phpApps)} generated apps), ${c.configFiles} ini/.htaccess files`);
  const p = results.prefilter;
  log(`prefilter: ${p.filesPassed} files pass the keyword scan (${(p.fractionOfFiles * 100).toFixed(1)} % of files, ${(p.fractionOfBytes * 100).toFixed(1)} % of bytes); only those are parsed`);
  for (const [language, counts] of Object.entries(p.byLanguage)) log(`  ${language}: ${counts.passed} of ${counts.files} files`);
  log(`prefilter loss: the ${p.droppedFilesChecked} files it drops were analysed anyway; ${p.lostFiles} of them hold a fact${p.lostFiles > 0 ? `: ${p.lost.join('; ')}` : ''}`);
  log('');
  const header = `${'phase'.padEnd(46)}${'files'.padStart(8)}${'MB'.padStart(8)}${'wall s'.padStart(9)}${'CPU s'.padStart(9)}${'peak RSS MB'.padStart(13)}`;
  log(header);
  log('-'.repeat(header.length));
  for (const [key, phase] of Object.entries(results.phases)) {
    const rss = phase.peakRssMb === null ? 'n/a' : phase.peakRssMb.toFixed(0);
    const cpu = phase.cpuS === null ? 'n/a' : phase.cpuS.toFixed(2);
    log(`${(LABELS[key] ?? key).padEnd(46)}${String(phase.files).padStart(8)}${phase.mb.toFixed(1).padStart(8)}${phase.wallS.toFixed(2).padStart(9)}${cpu.padStart(9)}${rss.padStart(13)}`);
  }
  const eslint = results.phases.eslint;
  if (eslint) {
    log('');
    log(`ESLint rules: ${(eslint.rules as string[]).join(', ')} (eslint-plugin-sonarjs ${String(eslint.sonarjsVersion)})`);
    log(`ESLint findings: ${String(eslint.findings)}; sessionlint findings: ${String(results.phases.sessionlint?.findings)} (${String(results.phases.phpSessionlint?.findings)} in the PHP apps)`);
  }
  const single = results.phases.sessionlintOneThread;
  if (single) log(`sessionlint output identical with --threads 1, worker threads and the automatic choice: ${single.identicalToThreaded ? 'yes' : 'NO'}`);
  log('');
  log('targets:');
  const describe: Record<string, string> = {
    eslintOverSessionlint: 'ESLint time / sessionlint time',
    eslintConcurrentOverSessionlint: 'ESLint --concurrency time / sessionlint time',
    eslintOverSessionlintCpu: 'ESLint CPU seconds / sessionlint CPU seconds',
    sessionlintOverReadAll: 'sessionlint time / read-every-file time',
    eslintOverSessionlintFirstRun: 'ESLint time / sessionlint first-run time',
    sessionlintFirstRunOverReadAll: 'sessionlint first-run time / read-every-file time',
    sessionlintPeakRssMb: 'sessionlint peak RSS (MB)',
    phpSessionlintOverReadAll: 'PHP line: sessionlint time / read-every-PHP-file time',
  };
  for (const [key, ratio] of Object.entries(results.ratios)) {
    const value = key.endsWith('Mb') ? ratio.value.toFixed(0) : `${ratio.value.toFixed(1)}×`;
    log(`  ${(describe[key] ?? key).padEnd(52)} ${value.padStart(8)}   target ${ratio.target.padEnd(9)} ${ratio.met ? 'met' : 'NOT MET'}`);
  }
  const editor = results.editor as { lines?: string[] } | undefined;
  if (editor?.lines) {
    log('');
    for (const line of editor.lines) log(line);
  }
}
