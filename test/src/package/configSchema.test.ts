import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../../rules/dist/rules';
import { parseConfig } from '../../../rules/dist/workspace/config';
import { configJsonSchema } from '../../../rules/dist/workspace/configSchema';
import { REPO_ROOT } from '../support/paths';

/** ajv 6 (ESLint's own validator, draft-07), typed as much as this test uses it. */
interface Validator {
  (data: unknown): boolean;
  errors?: readonly { dataPath: string; message?: string }[] | null;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- ajv 6 is CommonJS and ships no types here
const Ajv = require('ajv') as new (options?: Record<string, unknown>) => { compile(schema: unknown): Validator };

/**
 * The JSON schema editors validate sessionlint.config.json with (contributed by the VS Code
 * extension as jsonValidation, shipped in dist/) against what the CLI's parser accepts.
 */
describe('sessionlint.config.json schema', () => {
  const validate = new Ajv({ allErrors: true }).compile(configJsonSchema(allRules));
  const valid = (config: unknown): boolean => validate(config);
  const parses = (config: unknown): boolean => {
    try {
      parseConfig(JSON.stringify(config), 'sessionlint.config.json');
      return true;
    } catch {
      return false;
    }
  };

  it("accepts the README's example, as the CLI does", () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'));
    const example = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    assert.ok(example, 'a JSON example under ## Configuration');
    const config: unknown = JSON.parse(example);
    assert.ok(valid(config), JSON.stringify(validate.errors));
    assert.ok(parses(config));
  });

  it('accepts every rule at every level, alone and with its default options', () => {
    for (const rule of allRules) {
      const defaults = Object.fromEntries(Object.entries(rule.meta.options).map(([key, option]) => [key, option.default]));
      for (const level of ['off', 'info', 'warn', 'error']) {
        for (const entry of [level, [level], ...(Object.keys(defaults).length > 0 ? [[level, defaults]] : [])]) {
          assert.ok(valid({ rules: { [rule.meta.id]: entry } }), `${rule.meta.id}: ${JSON.stringify(entry)}: ${JSON.stringify(validate.errors)}`);
        }
      }
    }
  });

  it('rejects what the CLI rejects: unknown keys, levels, presets and policies', () => {
    const rejected: unknown[] = [
      { colour: true },
      { preset: 'paranoid' },
      { rules: { 'cookie-secure': 'fatal' } },
      { rules: { 'cookie-secure': ['warn', {}, {}] } },
      { rules: { 'cookie-secure': ['warn', 'yes'] } },
      { testFiles: 'skip' },
      { envDependent: 'soft' },
      { standard: 'asvs-l4' },
      { standard: 'owasp' },
      { ignorePatterns: 'legacy/**' },
      [],
    ];
    for (const config of rejected) {
      assert.equal(valid(config), false, `schema accepts ${JSON.stringify(config)}`);
      assert.equal(parses(config), false, `CLI accepts ${JSON.stringify(config)}`);
    }
  });

  it('accepts every standard the CLI accepts', () => {
    for (const standard of ['none', 'asvs-l1', 'asvs-l2', 'asvs-l3']) {
      assert.ok(valid({ standard, rules: { 'jwt-expiry': ['warn', { maxHours: 1 }] } }), `${standard}: ${JSON.stringify(validate.errors)}`);
      assert.ok(parses({ standard }), standard);
    }
  });

  it('accepts a rule id this version does not know (the CLI warns), and underlines a mistyped option (the engine would ignore it)', () => {
    assert.ok(valid({ rules: { 'cookie-partitioned': 'warn' } }));
    assert.ok(parses({ rules: { 'cookie-partitioned': 'warn' } }));
    const typo = { rules: { 'cookie-max-age': ['warn', { maxAgeHour: 8 }] } };
    assert.equal(valid(typo), false);
    assert.ok(parses(typo));
    assert.equal(valid({ rules: { 'cookie-max-age': ['warn', { maxAgeHours: 'eight' }] } }), false);
  });
});
