import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../../rules/dist/rules';
import { loadFixtures } from '../support/fixtures';
import { isEslintLintable } from './support/lint';

/**
 * Every rule that can fire on JavaScript or TypeScript (a JS/TS fixture of it expects a finding)
 * has a RuleTester file here (test/src/eslint/rules/<id>.test.ts) asserting its ESLint messages,
 * positions, fix output and suggestions. Rules that only read PHP or ini files are exempt: ESLint
 * never hands them anything to report.
 */
describe('ESLint RuleTester coverage', () => {
  const testDir = path.join(__dirname, 'rules');
  const firesOnJs = new Set<string>();
  for (const fixture of loadFixtures()) {
    if (!isEslintLintable(fixture.path)) continue;
    for (const annotation of fixture.annotations) if (annotation.kind === 'expect') for (const id of annotation.ruleIds) firesOnJs.add(id);
  }

  for (const rule of allRules.filter((r) => firesOnJs.has(r.meta.id))) {
    it(`${rule.meta.id} has RuleTester cases`, () => {
      assert.ok(fs.existsSync(path.join(testDir, `${rule.meta.id}.test.js`)), `missing test/src/eslint/rules/${rule.meta.id}.test.ts`);
    });
  }

  it('covers the JS rules there are', () => {
    assert.ok(firesOnJs.size >= 10, `only ${firesOnJs.size} rules have JS/TS fixtures`);
  });

  it('has no RuleTester file for a rule that does not exist', () => {
    const ids = new Set(allRules.map((r) => r.meta.id));
    const files = fs.readdirSync(testDir).filter((f) => f.endsWith('.test.js'));
    assert.deepEqual(files.filter((f) => !ids.has(f.replace(/\.test\.js$/, ''))), []);
  });
});
