import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Settings, RuleConfig } from '../model/settings';
import { allRules } from '../rules';
import { explainRule } from '../ruleDocs';
import { isTestFile } from '../testFiles';
import { ConfigError, loadConfig } from '../workspace/config';
import { parseCliArgs, type CliOptions } from './args';
import { helpText } from './help';
import { countReport, type Notification, type Report } from './report';
import { stylesFor } from './reporters/color';
import { formatReport } from './reporters/index';
import { UsageError } from './usageError';
import { toolVersion } from './version';

export interface CliIo {
  readonly stdout: { write(text: string): unknown; isTTY?: boolean };
  readonly stderr: { write(text: string): unknown };
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Standard input, read whole, for `--stdin`. */
  readonly readStdin?: () => Promise<string>;
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Runs the CLI and returns its exit code. Never throws: usage and internal errors become exit code 2. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await runChecked(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(`sessionlint: ${error.message}\nRun 'sessionlint --help' for usage.\n`);
    } else {
      io.stderr.write(`sessionlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    return EXIT_USAGE;
  }
}

async function runChecked(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseCliArgs(argv);
  if (options.help) {
    io.stdout.write(helpText(toolVersion()));
    return EXIT_CLEAN;
  }
  if (options.version) {
    io.stdout.write(`${toolVersion()}\n`);
    return EXIT_CLEAN;
  }
  const knownRuleIds = allRules.map((r) => r.meta.id);
  if (options.explain !== undefined) {
    // The ESLint name (sessionlint/<id>) is accepted too: it is what an ESLint user sees.
    const id = options.explain.replace(/^sessionlint\//, '');
    const rule = allRules.find((r) => r.meta.id === id);
    if (!rule) throw new UsageError(`--explain: unknown rule '${options.explain}'. Known rules: ${knownRuleIds.join(', ')}.`);
    io.stdout.write(explainRule(rule));
    return EXIT_CLEAN;
  }
  for (const { id } of options.rules) {
    if (!knownRuleIds.includes(id)) throw new UsageError(`--rule: unknown rule '${id}'. Known rules: ${knownRuleIds.join(', ')}.`);
  }
  const config = loadConfig({ ...(options.config !== undefined ? { configFile: path.resolve(io.cwd, options.config) } : {}), searchFrom: io.cwd, knownRuleIds });
  const settings = effectiveSettings(config.settings, options);

  // Loaded only now, so that --help, --version and usage errors answer without loading the parsers.
  const scan = options.stdin ? await scanStdin(options, settings, io) : await scanPaths(options, settings, config.ignorePatterns, config.file ? path.dirname(config.file) : io.cwd, io.cwd);
  const { selection, analysis } = scan;
  const configNotifications: Notification[] = config.warnings.map((message) => ({ level: 'warning', kind: 'config', message }));
  let report: Report = {
    toolVersion: toolVersion(),
    base: selection.base,
    files: analysis.files,
    notifications: [...configNotifications, ...selection.notifications, ...analysis.notifications],
    skippedTestFiles: selection.skippedTestFiles,
  };
  if (options.quiet) report = { ...report, files: report.files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error') })) };

  const toFile = options.output !== undefined;
  const text = formatReport(options.format, report, allRules, stylesFor(toFile ? {} : io.stdout, io.env, options.color));
  if (options.output !== undefined) {
    const target = path.resolve(io.cwd, options.output);
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    } catch (error) {
      throw new UsageError(`cannot write ${options.output}: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else {
    io.stdout.write(text);
  }
  return exitCode(report, options);
}

interface Scan {
  readonly selection: { readonly base: string; readonly notifications: readonly Notification[]; readonly skippedTestFiles: number };
  readonly analysis: { readonly files: Report['files']; readonly notifications: readonly Notification[] };
}

async function scanPaths(options: CliOptions, settings: Settings, ignorePatterns: readonly string[], patternBase: string, cwd: string): Promise<Scan> {
  const { selectFiles } = require('./files') as typeof import('./files');
  const { analyzeFilesInThreads } = require('./parallel') as typeof import('./parallel');
  const selection = await selectFiles(options.paths, { cwd, includeTests: settings.testFiles !== 'ignore', ignorePatterns, patternBase });
  const analysis = await analyzeFilesInThreads(selection.files, { base: selection.base, settings, fix: options.fix, maxFileBytes: options.maxFileBytes, timeBudgetMs: options.timeBudgetMs }, options.threads);
  return { selection, analysis };
}

async function scanStdin(options: CliOptions, settings: Settings, io: CliIo): Promise<Scan> {
  if (!io.readStdin) throw new UsageError('--stdin: standard input cannot be read here.');
  const { analyzeStdin } = require('./stdin') as typeof import('./stdin');
  const text = await io.readStdin();
  const analysis = await analyzeStdin(text, options.stdinFilename, io.cwd, { settings, maxFileBytes: options.maxFileBytes, timeBudgetMs: options.timeBudgetMs });
  // Like a test file met on a walk: skipped unless --include-tests, and counted in the summary.
  const skippedTestFiles = settings.testFiles === 'ignore' && isTestFile(analysis.files[0]?.file ?? '') ? 1 : 0;
  return { selection: { base: analysis.base, notifications: [], skippedTestFiles }, analysis };
}

/**
 * The config's settings with the command line on top: `--rule` levels (options from the config
 * kept), and the test-file policy: the CLI skips test files unless `--include-tests` or the
 * config's `testFiles` says otherwise.
 */
function effectiveSettings(base: Settings, options: CliOptions): Settings {
  const rules: Record<string, RuleConfig> = { ...base.rules };
  for (const { id, level } of options.rules) {
    const current = rules[id];
    rules[id] = Array.isArray(current) && current[1] ? [level, current[1]] : level;
  }
  const testFiles = options.includeTests ? (base.testFiles === 'downgrade' ? 'downgrade' : 'check') : (base.testFiles ?? 'ignore');
  return { ...base, rules, testFiles };
}

function exitCode(report: Report, options: CliOptions): number {
  if (options.exitZero) return EXIT_CLEAN;
  const counts = countReport(report);
  if (counts.errors > 0) return EXIT_FINDINGS;
  if (options.maxWarnings >= 0 && counts.warnings > options.maxWarnings) return EXIT_FINDINGS;
  return EXIT_CLEAN;
}
