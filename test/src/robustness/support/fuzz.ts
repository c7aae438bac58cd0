import fc from 'fast-check';
import { analyze } from '../../../../rules/dist/engine';
import { ALL_RULES_ON, corpus, corpusLanguages, FILE_NAME_OF, type CorpusEntry } from './corpus';
import { applyMutations, INTERESTING_TOKENS, mutationsArbitrary, type Mutation } from './mutations';
import { resultProblems } from './wellFormed';

/**
 * The fuzzing loop shared by the test suite (a bounded, seeded run) and `npm run fuzz` (long runs):
 * fixture texts, mutated, through `analyze` with every rule on, under their own file name or
 * another language's. Each input must come back well-formed, with no exception caught on the way,
 * within the per-input time limit.
 */

/** An input: a mutated fixture, or a soup of tokens of all the languages. */
export type FuzzCase =
  | { readonly source: 'fixture'; readonly entry: number; readonly otherLanguage: number | undefined; readonly mutations: readonly Mutation[] }
  | { readonly source: 'soup'; readonly language: number; readonly tokens: readonly string[] };

export interface FuzzOptions {
  readonly runs: number;
  readonly seed: number;
  /** A single input taking longer than this fails the run. */
  readonly perInputLimitMs: number;
  /** Called every `progressEvery` inputs (the long run prints progress). */
  readonly onProgress?: (done: number, stats: FuzzStats) => void;
  readonly progressEvery?: number;
}

export interface FuzzStats {
  runs: number;
  readonly byLanguage: Record<string, number>;
  withParseError: number;
  withFindings: number;
  withFixes: number;
  slowest: { ms: number; description: string; length: number };
  totalMs: number;
}

export interface FuzzInput {
  readonly text: string;
  readonly fileName: string;
  readonly entry?: CorpusEntry;
  readonly description: string;
}

function languageNames(): string[] {
  return corpusLanguages().flatMap((language) => FILE_NAME_OF[language]);
}

export function caseArbitrary(): fc.Arbitrary<FuzzCase> {
  const entries = corpus().length;
  const names = languageNames();
  const fixtureCase = fc.record({
    source: fc.constant('fixture' as const),
    entry: fc.nat({ max: entries - 1 }),
    // Mostly the fixture's own language; sometimes another frontend gets the text.
    otherLanguage: fc.oneof({ arbitrary: fc.constant(undefined), weight: 6 }, { arbitrary: fc.nat({ max: names.length - 1 }), weight: 1 }),
    mutations: mutationsArbitrary(entries),
  });
  const soupCase = fc.record({
    source: fc.constant('soup' as const),
    language: fc.nat({ max: names.length - 1 }),
    tokens: fc.array(fc.oneof(fc.constantFrom(...INTERESTING_TOKENS), fc.string({ unit: 'grapheme-ascii', maxLength: 6 })), { maxLength: 120 }),
  });
  return fc.oneof({ arbitrary: fixtureCase, weight: 9 }, { arbitrary: soupCase, weight: 1 });
}

function short(value: unknown): string {
  const json = JSON.stringify(value);
  return json.length > 400 ? `${json.slice(0, 400)}…` : json;
}

/** The text and file name a case stands for. */
export function materialize(fuzzCase: FuzzCase): FuzzInput {
  const entries = corpus();
  const names = languageNames();
  if (fuzzCase.source === 'soup') {
    const fileName = names[fuzzCase.language]!;
    return { text: fuzzCase.tokens.join(''), fileName, description: `token soup as ${fileName}: ${short(fuzzCase.tokens.join(''))}` };
  }
  const entry = entries[fuzzCase.entry]!;
  const fileName = fuzzCase.otherLanguage === undefined ? entry.fixture.virtualFileName : names[fuzzCase.otherLanguage]!;
  const text = applyMutations(entry.fixture.text, fuzzCase.mutations, (index) => entries[index]!.fixture.text);
  return { text, fileName, entry, description: `${entry.name} as ${fileName} after ${short(fuzzCase.mutations)}` };
}

export function emptyStats(): FuzzStats {
  return { runs: 0, byLanguage: {}, withParseError: 0, withFindings: 0, withFixes: 0, slowest: { ms: 0, description: '', length: 0 }, totalMs: 0 };
}

/** Analyses one input and throws when anything about it is wrong; updates the statistics. */
export async function checkInput(input: FuzzInput, stats: FuzzStats, perInputLimitMs: number): Promise<void> {
  const started = performance.now();
  const result = await analyze(input.text, { fileName: input.fileName, settings: ALL_RULES_ON, project: input.entry?.fixture.project ?? { dependencies: {} } });
  const ms = performance.now() - started;
  stats.runs++;
  stats.totalMs += ms;
  const language = result.language ?? 'none';
  stats.byLanguage[language] = (stats.byLanguage[language] ?? 0) + 1;
  if (result.parseError) stats.withParseError++;
  if (result.findings.length > 0) stats.withFindings++;
  if (result.findings.some((f) => f.fix || f.suggestions.length > 0)) stats.withFixes++;
  if (ms > stats.slowest.ms) stats.slowest = { ms, description: input.description, length: input.text.length };
  const problems = resultProblems(result, input.text);
  if (ms > perInputLimitMs) problems.push(`took ${Math.round(ms)} ms (limit ${perInputLimitMs} ms)`);
  if (problems.length > 0) throw new Error(`${input.description}:\n  ${problems.join('\n  ')}`);
}

/**
 * Loads every grammar and runs one fixture per language, so that the per-input times measure the
 * analysis and not the first call's loading and compiling.
 */
export async function warmUp(): Promise<void> {
  const seen = new Set<string>();
  for (const entry of corpus()) {
    if (seen.has(entry.language)) continue;
    seen.add(entry.language);
    await analyze(entry.fixture.text, { fileName: entry.fixture.virtualFileName, settings: ALL_RULES_ON, project: entry.fixture.project });
  }
}

/** Runs the property; on failure the error names the seed, the replay path and the shrunk input. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzStats> {
  await warmUp();
  const stats = emptyStats();
  const every = options.progressEvery ?? 0;
  const property = fc.asyncProperty(caseArbitrary(), async (fuzzCase) => {
    await checkInput(materialize(fuzzCase), stats, options.perInputLimitMs);
    if (every > 0 && stats.runs % every === 0) options.onProgress?.(stats.runs, stats);
  });
  try {
    await fc.assert(property, { seed: options.seed, numRuns: options.runs, includeErrorInReport: true });
  } catch (error) {
    throw new Error(`fuzzing failed with seed ${options.seed} (replay: npm run fuzz -- --seed ${options.seed} --runs ${options.runs}, or SESSIONLINT_FUZZ_SEED=${options.seed} in npm test); ${(error as Error).message}`);
  }
  return stats;
}

export function describeStats(stats: FuzzStats): string {
  const languages = Object.entries(stats.byLanguage)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([language, count]) => `${language} ${count}`)
    .join(', ');
  return [
    `${stats.runs} analyses (${languages}) in ${(stats.totalMs / 1000).toFixed(1)} s; ${stats.withParseError} with a parse error, ${stats.withFindings} with findings, ${stats.withFixes} with fixes or suggestions`,
    `slowest: ${Math.round(stats.slowest.ms)} ms for ${stats.slowest.length} characters: ${stats.slowest.description}`,
  ].join('\n');
}
