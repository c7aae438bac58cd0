import * as assert from 'node:assert/strict';
import { analyze } from '../../../rules/dist/engine';
import { LineIndex } from '../../../rules/dist/model/range';
import { allRules } from '../../../rules/dist/rules';
import { claimedRuleIds, loadFixtures } from '../support/fixtures';

/** Runs every rule fixture through the engine (strict preset: every rule on) and compares findings to annotations. */
describe('rule fixtures', () => {
  // A typo in `// ok: cookie-secur` would otherwise pass silently.
  it('annotate only rule ids that exist', () => {
    const ids = new Set(allRules.map((rule) => rule.meta.id));
    const unknownIds = loadFixtures().flatMap((fixture) =>
      fixture.annotations.flatMap((a) => a.ruleIds.filter((id) => !ids.has(id)).map((id) => `${fixture.path}:${a.annotationLine + 1}: ${id}`)),
    );
    assert.deepEqual(unknownIds, []);
  });

  for (const fixture of loadFixtures()) {
    it(`${fixture.ruleId}: ${fixture.virtualFileName.replace('/project/src/', '')}`, async () => {
      const result = await analyze(fixture.text, { fileName: fixture.virtualFileName, settings: { preset: 'strict' }, project: fixture.project });
      assert.equal(result.ruleErrors.length, 0, `rule errors: ${JSON.stringify(result.ruleErrors)}`);
      const lines = new LineIndex(fixture.text);
      for (const ruleId of claimedRuleIds(fixture)) {
        const actual = new Set(result.findings.filter((f) => f.ruleId === ruleId).map((f) => lines.positionAt(f.range.start).line + 1));
        const expected = new Set(fixture.annotations.filter((a) => a.kind === 'expect' && a.ruleIds.includes(ruleId)).map((a) => a.targetLine + 1));
        const okLines = fixture.annotations.filter((a) => a.kind === 'ok' && a.ruleIds.includes(ruleId)).map((a) => a.targetLine + 1);
        for (const line of okLines) assert.ok(!actual.has(line), `${ruleId}: unexpected finding on line ${line} marked ok`);
        assert.deepEqual([...actual].sort((a, b) => a - b), [...expected].sort((a, b) => a - b), `${ruleId}: lines with findings (actual) vs // expect: lines`);
      }
    });
  }
});
