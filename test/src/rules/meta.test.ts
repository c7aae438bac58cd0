import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../../rules/dist/rules';
import { REPOSITORY_URL, ruleDocsUrl, type AnyRule } from '../../../rules/dist/model/rule';
import { loadFixtures } from '../support/fixtures';
import { REPO_ROOT, RULES_SOURCE } from '../support/paths';
import { readmeExamples } from './support/readme';
import { ruleFolderNames } from './support/ruleFolders';

/** Every rule is complete: metadata, docs, fixtures, a place in a preset (eslint-plugin-regexp's all-rules test). */

const MIN_EXPECT = 8;
const MIN_OK = 8;
const LEVELS = ['error', 'warn', 'info', 'off'];

/** Annotation counts per rule id, over the rule's own fixture folder. */
function fixtureCounts(): Map<string, { expect: number; ok: number }> {
  const counts = new Map<string, { expect: number; ok: number }>();
  for (const fixture of loadFixtures()) {
    const count = counts.get(fixture.ruleId) ?? { expect: 0, ok: 0 };
    for (const annotation of fixture.annotations) {
      if (annotation.ruleIds.includes(fixture.ruleId)) count[annotation.kind]++;
    }
    counts.set(fixture.ruleId, count);
  }
  return counts;
}

describe('rule metadata', () => {
  const counts = fixtureCounts();

  it('has one rule per rule folder, named by its id', () => {
    assert.deepEqual(allRules.map((r) => r.meta.id).sort(), ruleFolderNames(), 'rules/src/rules/index.ts is stale: run npm run generate');
  });

  for (const rule of allRules as readonly AnyRule[]) {
    const { meta } = rule;
    describe(meta.id, () => {
      const folder = path.join(RULES_SOURCE, meta.id);

      it('lives in a folder named by its id, with meta.ts, rule.ts and README.md', () => {
        for (const file of ['meta.ts', 'rule.ts', 'README.md']) assert.ok(fs.existsSync(path.join(folder, file)), `${meta.id}/${file} is missing`);
      });

      it('has a description starting with Enforce, Require or Disallow', () => {
        assert.match(meta.description, /^(Enforce|Require|Disallow) \S/);
        assert.ok(!meta.description.endsWith('.'), 'the description is a title: the rule table adds the period');
        assert.ok(meta.rationale.trim().endsWith('.'), 'the rationale is prose ending with a period');
      });

      it('has messages that are sentences ending with a period', () => {
        assert.ok(Object.keys(meta.messages).length > 0);
        for (const [id, message] of Object.entries(meta.messages)) {
          // A sentence starts with a capital, a placeholder, a quote, or a code name (`session_regenerate_id()`).
          assert.match(message, /^([A-Z{'"`]|[a-z_$][\w$]*[.(_])/, `${id} starts like a sentence: ${message}`);
          assert.ok(message.trim().endsWith('.'), `${id} ends with a period: ${message}`);
          assert.ok(!/\{\{\s*\}\}/.test(message), `${id} has an empty placeholder`);
        }
      });

      it('describes every option and gives it a default of the right type', () => {
        for (const [name, option] of Object.entries(meta.options)) {
          assert.ok(option.description.trim().endsWith('.'), `option ${name} has a description sentence`);
          if (option.type === 'string-array') assert.ok(Array.isArray(option.default), `option ${name} defaults to an array`);
          else assert.equal(typeof option.default, option.type, `option ${name} default`);
        }
      });

      it('has CWE ids, references and levels', () => {
        assert.ok(meta.cwe.length > 0 && meta.cwe.every((n) => Number.isInteger(n) && n > 0));
        assert.ok(meta.references.length > 0);
        for (const reference of meta.references) assert.match(reference.url, /^https:\/\//, reference.title);
        assert.ok(['error', 'warn', 'info'].includes(meta.defaultSeverity));
        assert.ok(LEVELS.includes(meta.presets.recommended) && LEVELS.includes(meta.presets.strict));
        assert.notEqual(meta.presets.strict, 'off', 'every rule is on in the strict preset');
      });

      it('has a docs URL that points at its README', () => {
        const url = ruleDocsUrl(meta.id);
        const prefix = `${REPOSITORY_URL}/blob/main/`;
        assert.ok(url.startsWith(prefix), url);
        const local = path.join(REPO_ROOT, ...url.slice(prefix.length).split('/'));
        assert.ok(fs.existsSync(local), `${url} → ${local} does not exist`);
        assert.equal(path.resolve(local), path.resolve(folder, 'README.md'));
      });

      it('has a README with ❌ and ✅ examples and a "When not to use it" section', () => {
        const readmePath = path.join(folder, 'README.md');
        assert.ok(fs.existsSync(readmePath), 'README.md is missing');
        const readme = fs.readFileSync(readmePath, 'utf8');
        assert.match(readme, /^#\s+\S/m, 'README has a title');
        assert.match(readme, /^##\s+When not to use it\s*$/im, 'README has a "## When not to use it" section');
        const examples = readmeExamples(readme);
        assert.ok(examples.some((e) => e.kind === 'incorrect'), 'README has at least one ❌ Incorrect example');
        assert.ok(examples.some((e) => e.kind === 'correct'), 'README has at least one ✅ Correct example');
        for (const option of Object.keys(meta.options)) assert.ok(readme.includes(`\`${option}\``), `README documents option ${option}`);
      });

      it(`has fixtures with at least ${MIN_EXPECT} // expect: and ${MIN_OK} // ok: cases`, () => {
        const count = counts.get(meta.id) ?? { expect: 0, ok: 0 };
        assert.ok(count.expect >= MIN_EXPECT, `${meta.id}: ${count.expect} expect annotations`);
        assert.ok(count.ok >= MIN_OK, `${meta.id}: ${count.ok} ok annotations`);
      });
    });
  }
});
