import type { RealCorpusResults } from './real';

/** The targets of the real-scale issue, on the real corpus. */
export function realRatios(real: RealCorpusResults): Record<string, { readonly value: number; readonly target: string; readonly met: boolean }> {
  const { sessionlint, readAll, eslint, sessionlintOnEslintFiles } = real.phases;
  const ratios: Record<string, { value: number; target: string; met: boolean }> = {};
  if (sessionlint && readAll) {
    const value = sessionlint.wallS / readAll.wallS;
    ratios.sessionlintOverReadAll = { value, target: '≤ 10×', met: value <= 10 };
  }
  if (eslint && sessionlintOnEslintFiles) {
    const value = eslint.wallS / sessionlintOnEslintFiles.wallS;
    ratios.eslintOverSessionlint = { value, target: '≥ 25×', met: value >= 25 };
    if (eslint.cpuS != null && sessionlintOnEslintFiles.cpuS != null) {
      const cpu = eslint.cpuS / sessionlintOnEslintFiles.cpuS;
      ratios.eslintOverSessionlintCpu = { value: cpu, target: '(CPU)', met: cpu >= 25 };
    }
  }
  if (sessionlint?.peakRssMb != null) ratios.sessionlintPeakRssMb = { value: sessionlint.peakRssMb, target: '≤ 300 MB', met: sessionlint.peakRssMb <= 300 };
  ratios.slowestFileMs = { value: real.perFile.all.max, target: '≤ 2000 ms', met: real.perFile.all.max <= 2000 && real.excluded.length === 0 };
  return ratios;
}

const LABELS: Record<string, string> = {
  readAll: 'read every file',
  keywordScan: 'keyword scan (prefilter), every file',
  sessionlint: 'sessionlint CLI',
  sessionlintOneThread: 'sessionlint CLI --threads 1',
  jsReadAll: 'read every JS/TS file',
  phpReadAll: 'read every PHP file',
  eslint: 'ESLint + sonarjs (7 rules), JS/TS subset',
  sessionlintOnEslintFiles: 'sessionlint CLI, the same JS/TS subset',
};

const DESCRIBE: Record<string, string> = {
  sessionlintOverReadAll: 'sessionlint time / read-every-file time',
  eslintOverSessionlint: 'ESLint time / sessionlint time, same files',
  eslintOverSessionlintCpu: 'ESLint CPU seconds / sessionlint CPU seconds',
  sessionlintPeakRssMb: 'sessionlint peak RSS (MB)',
  slowestFileMs: 'slowest file (ms, one thread)',
};

export function printRealSummary(real: RealCorpusResults, log: (line: string) => void): void {
  const ms = (v: number): string => (v >= 100 ? v.toFixed(0) : v.toFixed(v >= 1 ? 1 : 2));
  log('');
  log(`real corpus: ${real.repositories.length} public repositories (test/corpus/bench.json), ${real.files} files checked by default (${Object.entries(real.byLanguage).map(([l, c]) => `${c.files} ${l}, ${(c.bytes / 1e6).toFixed(1)} MB`).join('; ')}), ${real.skippedTestFiles} test files skipped`);
  for (const e of real.excluded) log(`  NOTE: ${e.file} left out of the timed runs: ${e.reason}`);
  const p = real.prefilter;
  log(`prefilter: ${p.passed} files pass (${Object.entries(p.byLanguage).map(([l, c]) => `${l} ${c.passed} of ${c.files}`).join(', ')}); loss: ${p.lost} of the ${p.dropped} dropped ${p.lossJs ? '' : 'PHP, YAML and config '}files hold a fact${p.lost > 0 ? `: ${p.lostFiles.join('; ')}` : ''}`);
  const f = real.perFile;
  log(`per-file analysis time, one thread: every file p50 ${ms(f.all.p50)} ms, p99 ${ms(f.all.p99)} ms, max ${ms(f.all.max)} ms; parsed files (${f.parsed.files}) p50 ${ms(f.parsed.p50)} ms, p99 ${ms(f.parsed.p99)} ms`);
  for (const [language, s] of Object.entries(f.parsedByLanguage)) if (s.files > 0) log(`  parsed ${language}: ${s.files} files, ${ms(s.totalMs)} ms in all, p50 ${ms(s.p50)} ms, p99 ${ms(s.p99)} ms, max ${ms(s.max)} ms`);
  log('the 10 slowest files:');
  for (const s of f.slowest) log(`  ${ms(s.ms).padStart(8)} ms  ${s.file}`);
  log('');
  const header = `${'phase (real corpus)'.padEnd(46)}${'files'.padStart(8)}${'MB'.padStart(8)}${'wall s'.padStart(9)}${'CPU s'.padStart(9)}${'peak RSS MB'.padStart(13)}`;
  log(header);
  log('-'.repeat(header.length));
  for (const [key, phase] of Object.entries(real.phases)) {
    const rss = phase.peakRssMb === null ? 'n/a' : phase.peakRssMb.toFixed(0);
    const cpu = phase.cpuS === null ? 'n/a' : phase.cpuS.toFixed(2);
    log(`${(LABELS[key] ?? key).padEnd(46)}${String(phase.files).padStart(8)}${phase.mb.toFixed(1).padStart(8)}${phase.wallS.toFixed(2).padStart(9)}${cpu.padStart(9)}${rss.padStart(13)}`);
  }
  if (real.phases.eslint) log(`ESLint ran on every ${real.eslintEvery}th JS/TS file; ESLint (sonarjs) findings ${String(real.phases.eslint.findings)}, sessionlint findings on the whole corpus ${real.findings}`);
  log('targets (real corpus):');
  for (const [key, ratio] of Object.entries(realRatios(real))) {
    const value = key.endsWith('Mb') || key.endsWith('Ms') ? ratio.value.toFixed(0) : `${ratio.value.toFixed(1)}×`;
    log(`  ${(DESCRIBE[key] ?? key).padEnd(52)} ${value.padStart(8)}   target ${ratio.target.padEnd(10)} ${ratio.met ? 'met' : 'NOT MET'}`);
  }
}
