import { parseArgs } from 'node:util';
import type { RuleLevel } from '../model/finding';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_TIME_BUDGET_MS, parseDuration, parseSize } from './budgets';
import { UsageError } from './usageError';

export const FORMATS = ['stylish', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];
const LEVELS: readonly RuleLevel[] = ['off', 'info', 'warn', 'error'];

export interface CliOptions {
  readonly paths: readonly string[];
  readonly format: Format;
  readonly output?: string;
  /** `--rule id=level`, in the order given (a later one wins). */
  readonly rules: readonly { readonly id: string; readonly level: RuleLevel }[];
  readonly config?: string;
  readonly includeTests: boolean;
  /** -1: no limit. */
  readonly maxWarnings: number;
  readonly fix: boolean;
  /** `--threads N`: worker threads (1: none); undefined: chosen from the cores and the number of files. */
  readonly threads?: number;
  /** `--max-file-size`: files over this many bytes are not analysed; 0: no limit. */
  readonly maxFileBytes: number;
  /** `--time-budget`: a file taking longer than this (ms) gets a notification; 0: off. */
  readonly timeBudgetMs: number;
  readonly quiet: boolean;
  readonly exitZero: boolean;
  readonly help: boolean;
  readonly version: boolean;
  /** `--stdin`: analyse standard input instead of paths. */
  readonly stdin: boolean;
  /** `--stdin-filename`: the name the text from standard input is analysed and reported as. */
  readonly stdinFilename?: string;
  /** `--explain <rule>`: print the rule's documentation instead of scanning. */
  readonly explain?: string;
  /** `--color` (true) / `--no-color` (false), the last one given; undefined: the environment decides. */
  readonly color?: boolean;
}

/** Parses the command line (without `node` and the script). Throws {@link UsageError}. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        rule: { type: 'string', multiple: true },
        config: { type: 'string', short: 'c' },
        'include-tests': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        fix: { type: 'boolean' },
        threads: { type: 'string' },
        'max-file-size': { type: 'string' },
        'time-budget': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        'exit-zero': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        explain: { type: 'string' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
      tokens: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals, tokens } = parsed;
  const format = values.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'.`);
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^-?\d+$/.test(raw.trim()) || Number(raw) < -1) throw new UsageError(`--max-warnings must be a whole number of at least 0 (or -1 for no limit), not '${raw}'.`);
    maxWarnings = Number(raw);
  }
  let threads: number | undefined;
  if (values.threads !== undefined) {
    const raw = values.threads.trim();
    if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UsageError(`--threads must be a whole number of at least 1, not '${values.threads}'.`);
    threads = Number(raw);
  }
  const rules = (values.rule ?? []).map(parseRuleOption);
  if (values.output === '') throw new UsageError('--output needs a file name.');
  if (values.config === '') throw new UsageError('--config needs a file name.');
  const stdin = values.stdin ?? false;
  if (values['stdin-filename'] !== undefined) {
    if (!stdin) throw new UsageError('--stdin-filename names the text read with --stdin; add --stdin.');
    if (values['stdin-filename'] === '') throw new UsageError('--stdin-filename needs a file name.');
  }
  if (stdin && positionals.length > 0) throw new UsageError(`--stdin reads standard input; it takes no paths (got ${positionals.join(' ')}).`);
  if (stdin && values.fix) throw new UsageError('--fix writes files; it cannot be used with --stdin.');
  // --color and --no-color: the last one on the command line wins, as in other CLIs.
  const colorFlag = tokens.filter((t) => t.kind === 'option' && (t.name === 'color' || t.name === 'no-color')).pop();
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    format: format as Format,
    ...(values.output !== undefined ? { output: values.output } : {}),
    rules,
    ...(values.config !== undefined ? { config: values.config } : {}),
    includeTests: values['include-tests'] ?? false,
    maxWarnings,
    fix: values.fix ?? false,
    ...(threads !== undefined ? { threads } : {}),
    maxFileBytes: values['max-file-size'] !== undefined ? parseSize(values['max-file-size']) : DEFAULT_MAX_FILE_BYTES,
    timeBudgetMs: values['time-budget'] !== undefined ? parseDuration(values['time-budget']) : DEFAULT_TIME_BUDGET_MS,
    quiet: values.quiet ?? false,
    exitZero: values['exit-zero'] ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
    stdin,
    ...(values.explain !== undefined ? { explain: values.explain } : {}),
    ...(values['stdin-filename'] !== undefined ? { stdinFilename: values['stdin-filename'] } : {}),
    ...(colorFlag && colorFlag.kind === 'option' ? { color: colorFlag.name === 'color' } : {}),
  };
}

function parseRuleOption(raw: string): { id: string; level: RuleLevel } {
  const at = raw.lastIndexOf('=');
  const id = at > 0 ? raw.slice(0, at).trim() : '';
  const level = at > 0 ? raw.slice(at + 1).trim() : '';
  if (!id || !(LEVELS as readonly string[]).includes(level)) {
    throw new UsageError(`--rule expects id=level with level one of ${LEVELS.join(', ')}, not '${raw}'.`);
  }
  return { id, level: level as RuleLevel };
}
