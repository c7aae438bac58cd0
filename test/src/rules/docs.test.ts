import * as assert from 'node:assert/strict';
import { analyze } from '../../../rules/dist/engine';
import { allRules } from '../../../rules/dist/rules';
import { RULES_SOURCE } from '../support/paths';
import { exampleFileName, readmeExamples, readRuleReadme } from './support/readme';

/**
 * The docs are tested (typescript-eslint's docs.test): every ❌ example in a rule README produces
 * at least one finding of that rule, every ✅ example none. Blocks run with the strict preset, so
 * rules that are off in `recommended` are checked too.
 */
describe('rule README examples', () => {
  for (const { meta } of allRules) {
    const readme = readRuleReadme(RULES_SOURCE, meta.id);
    if (readme === undefined) continue; // meta.test reports the missing README
    describe(meta.id, () => {
      for (const example of readmeExamples(readme)) {
        const label = `${example.kind === 'incorrect' ? '❌' : '✅'} ${example.section} (README.md:${example.line})`;
        it(label, async () => {
          const fileName = exampleFileName(example.language);
          assert.ok(fileName, `the block at README.md:${example.line} has fence language '${example.language}', which no frontend reads`);
          const result = await analyze(example.code, { fileName: `/docs/${meta.id}/${fileName}`, settings: { preset: 'strict' } });
          assert.equal(result.parseError, undefined, `the example does not parse: ${result.parseError}`);
          assert.equal(result.ruleErrors.length, 0, JSON.stringify(result.ruleErrors));
          const findings = result.findings.filter((f) => f.ruleId === meta.id);
          if (example.kind === 'incorrect') {
            assert.ok(findings.length > 0, `no ${meta.id} finding for:\n${example.code}`);
          } else {
            assert.deepEqual(findings.map((f) => f.message), [], `unexpected ${meta.id} findings for:\n${example.code}`);
          }
        });
      }
    });
  }
});
