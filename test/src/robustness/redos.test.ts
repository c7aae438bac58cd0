import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ADAPTER_MODULE, CREDENTIAL_CHECK_CALL, KEYWORD_PATTERN, OTHER_COOKIE_MODULE } from '../../../rules/dist/frontends/js/prefilter';
import { CREDENTIAL_CALL_NAMES, HASHING_OBJECT_NAMES } from '../../../rules/dist/frontends/js/lifecycle/credentials';
import { REPO_ROOT } from '../support/paths';
import { collectRegexes, sourceFiles } from './support/regexes';

/**
 * No regular expression in sessionlint can backtrack catastrophically (issue: "No ReDoS"): the
 * analysed text is whatever is in a workspace, so a pattern that is exponential or polynomial in
 * the input length is a hang waiting for the right file. recheck (https://makenowjust-labs.github.io/recheck/)
 * decides each pattern with its automaton checker (fuzzing where the automaton is too large),
 * with the pure JavaScript backend unless RECHECK_BACKEND says otherwise, and a fixed seed.
 */
process.env['RECHECK_BACKEND'] ??= 'pure';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after choosing the backend, which recheck reads when it first checks
const { check } = require('recheck') as typeof import('recheck');

const ROOTS = ['rules/src', 'server/src', 'client/src', 'bin', 'scripts'].map((dir) => path.join(REPO_ROOT, dir));

/**
 * Patterns built at run time, each reviewed: the test rebuilds it from the module's own data and
 * checks it like the others. A new dynamic pattern fails the test until it is added here.
 */
const DYNAMIC: readonly { readonly file: string; readonly sourceIncludes: string; readonly build: () => RegExp }[] = [
  { file: 'rules/src/frontends/js/prefilter.ts', sourceIncludes: 'wordAlternation(JS_KEYWORDS', build: () => KEYWORD_PATTERN },
  { file: 'rules/src/frontends/js/prefilter.ts', sourceIncludes: 'CREDENTIAL_CALL_NAMES', build: () => CREDENTIAL_CHECK_CALL },
  // Templated with the import-position prefix (the source scan sees it as a placeholder): checked as built too.
  { file: 'rules/src/frontends/js/prefilter.ts', sourceIncludes: 'ADAPTER_MODULE', build: () => ADAPTER_MODULE },
  { file: 'rules/src/frontends/js/prefilter.ts', sourceIncludes: 'OTHER_COOKIE_MODULE', build: () => OTHER_COOKIE_MODULE },
  { file: 'rules/src/frontends/js/lifecycle/handlerFlow.ts', sourceIncludes: 'CREDENTIAL_CALL_NAMES', build: () => new RegExp(`^(${CREDENTIAL_CALL_NAMES.join('|')})$`) },
  { file: 'rules/src/frontends/js/lifecycle/handlerFlow.ts', sourceIncludes: 'HASHING_OBJECT_NAMES', build: () => new RegExp(`^(${HASHING_OBJECT_NAMES.join('|')})$`, 'i') },
];

describe('robustness: no ReDoS in the project\'s regular expressions', function () {
  // About 100 s on an idle 2-core machine (a few patterns take 4-9 s each to decide); loaded runs took over 300 s.
  this.timeout(600_000);
  const { found, dynamic } = collectRegexes(sourceFiles(ROOTS), REPO_ROOT);

  it('finds the regular expressions by parsing the sources', () => {
    assert.ok(found.length >= 50, `only ${found.length} found`);
    assert.ok(found.some((r) => r.templated), 'the templated new RegExp in the ini frontend is found');
  });

  it('has no pattern built from a value the test cannot see (other than the reviewed ones)', () => {
    const unreviewed = dynamic.filter((d) => !DYNAMIC.some((known) => known.file === d.file && d.source.includes(known.sourceIncludes)));
    assert.deepEqual(unreviewed.map((d) => `${d.file}:${d.line}: ${d.source}`), []);
  });

  it('every pattern is safe (linear or constant time) per recheck', async () => {
    const unique = new Map<string, typeof found>();
    const rebuilt = DYNAMIC.map((d) => ({ file: d.file, line: 0, pattern: d.build().source, flags: d.build().flags, templated: false }));
    for (const regex of [...found, ...rebuilt]) {
      const key = `/${regex.pattern}/${regex.flags}`;
      unique.set(key, [...(unique.get(key) ?? []), regex]);
    }
    const failures: string[] = [];
    for (const [key, places] of unique) {
      const [first] = places;
      let diagnostics = await check(first!.pattern, first!.flags, { timeout: 10_000, randomSeed: 20_260_511 });
      // A timeout says the machine was busy, not that the pattern is unsafe: patterns that take 4-9 s on an
      // idle machine ran past 10 s in a loaded CI run. Decide those once more with room; vulnerable stays vulnerable.
      if (diagnostics.status === 'unknown' && diagnostics.error.kind === 'timeout') {
        diagnostics = await check(first!.pattern, first!.flags, { timeout: 60_000, randomSeed: 20_260_511 });
      }
      if (diagnostics.status === 'safe') continue;
      const where = places.map((p) => `${p.file}:${p.line}`).join(', ');
      if (diagnostics.status === 'vulnerable') {
        failures.push(`${key} (${where}) is ${diagnostics.complexity.type}: attack ${JSON.stringify(diagnostics.attack.pattern)}`);
      } else {
        failures.push(`${key} (${where}) could not be decided: ${diagnostics.error.kind}`);
      }
    }
    assert.deepEqual(failures, [], `${failures.length} of ${unique.size} patterns`);
  });
});
