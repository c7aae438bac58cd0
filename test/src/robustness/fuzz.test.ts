import * as assert from 'node:assert/strict';
import { analyze } from '../../../rules/dist/engine';
import { frontendFor } from '../../../rules/dist/frontends/registry';
import { ALL_RULES_ON, corpus, corpusLanguages, FILE_NAME_OF } from './support/corpus';
import { checkInput, describeStats, emptyStats, runFuzz, warmUp } from './support/fuzz';
import { resultProblems } from './support/wellFormed';

/**
 * Bounded, seeded fuzzing inside `npm test` (DESIGN: never crash, never hang). The seed is fixed so
 * that a red run replays; SESSIONLINT_FUZZ_SEED and SESSIONLINT_FUZZ_RUNS change it for a local
 * hunt, and `npm run fuzz -- --runs 100000` runs long.
 */
const SEED = Number(process.env['SESSIONLINT_FUZZ_SEED'] ?? 20_260_511);
const RUNS = Number(process.env['SESSIONLINT_FUZZ_RUNS'] ?? 10000);
const PER_INPUT_LIMIT_MS = 2000;

describe('robustness: fuzzing the engine', function () {
  this.timeout(180_000);

  before(async () => {
    // Grammars load once (tree-sitter's WebAssembly): not part of any input's time.
    for (const language of corpusLanguages()) await frontendFor(language)?.load?.();
    await warmUp();
  });

  it('covers a fixture of every language that has a frontend', () => {
    const languages = corpusLanguages();
    assert.ok(languages.includes('js'), `languages: ${languages.join(', ')}`);
    assert.ok(corpus().length >= 100, `${corpus().length} fixtures`);
  });

  it('every fixture, unchanged, under every language: well-formed, no exception, under the time limit', async () => {
    const stats = emptyStats();
    const names = corpusLanguages().map((language) => FILE_NAME_OF[language][0]!);
    for (const entry of corpus()) {
      for (const fileName of new Set([entry.fixture.virtualFileName, ...names])) {
        await checkInput({ text: entry.fixture.text, fileName, entry, description: `${entry.name} as ${fileName}` }, stats, PER_INPUT_LIMIT_MS);
      }
    }
    console.log(`      fixtures across languages: ${describeStats(stats).replace('\n', '\n      ')}`);
  });

  it(`${RUNS} mutated inputs (seed ${SEED}): well-formed, no exception, each under ${PER_INPUT_LIMIT_MS} ms`, async () => {
    const stats = await runFuzz({ runs: RUNS, seed: SEED, perInputLimitMs: PER_INPUT_LIMIT_MS });
    console.log(`      fuzz: ${describeStats(stats).replace('\n', '\n      ')}`);
    assert.equal(stats.runs, RUNS);
    // The mutations must reach the rules, not only the parsers' error paths.
    assert.ok(stats.withFindings > RUNS / 4, `only ${stats.withFindings} of ${RUNS} inputs had findings`);
    assert.ok(stats.withFixes > RUNS / 10, `only ${stats.withFixes} of ${RUNS} inputs had fixes or suggestions`);
  });

  it('the checker itself catches broken results', async () => {
    const text = 'const session = require("express-session");\napp.use(session({ secret: "x", cookie: { httpOnly: false } }));\n';
    const result = await analyze(text, { fileName: 'app.js', settings: ALL_RULES_ON });
    assert.deepEqual(resultProblems(result, text), []);
    const finding = result.findings[0]!;
    const broken = { ...result, findings: [{ ...finding, range: { start: finding.range.start, end: text.length + 5 } }], ruleErrors: [{ ruleId: 'x', message: 'boom' }] };
    const problems = resultProblems(broken, text);
    assert.ok(problems.some((p) => p.includes('outside the text')), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('threw: boom')), problems.join('\n'));
    assert.ok(resultProblems({ ...result, findings: [{ ...finding, range: { start: 1, end: 2 } }] }, '\uD83D\uDE00x').some((p) => p.includes('surrogate')));
  });
});
