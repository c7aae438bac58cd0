import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../../rules/dist/rules';

/**
 * Every cookie-* and session-* rule has a RuleTester file here (test/src/eslint/rules/<id>.test.ts)
 * asserting its ESLint messages, positions, fix output and suggestions.
 */
describe('ESLint RuleTester coverage', () => {
  const testDir = path.join(__dirname, 'rules');
  for (const rule of allRules.filter((r) => r.meta.category === 'cookie' || r.meta.category === 'session')) {
    it(`${rule.meta.id} has RuleTester cases`, () => {
      assert.ok(fs.existsSync(path.join(testDir, `${rule.meta.id}.test.js`)), `missing test/src/eslint/rules/${rule.meta.id}.test.ts`);
    });
  }
});
