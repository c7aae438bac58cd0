import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Linter } from 'eslint';
import * as jsFrontend from '../../../rules/dist/frontends/js/index';
import { ruleDocsUrl } from '../../../rules/dist/model/rule';
import { allRules } from '../../../rules/dist/rules';
import { REPO_ROOT } from '../support/paths';
import { plugin } from './support/plugin';
import { lintText } from './support/lint';

const packageJson = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string; exports: Record<string, { types: string; default: string }> };

const INSECURE = `const session = require('express-session');
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { httpOnly: false } }));
`;

describe('ESLint plugin object', () => {
  it('is what package.json exports as ./eslint-plugin, with meta name and version', () => {
    // lib/eslint-plugin.js loads tsc's output in the repository and the bundle in the published package.
    assert.equal(packageJson.exports['./eslint-plugin']?.default, './lib/eslint-plugin.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading the export exactly as a CJS user does
    const required: unknown = require(path.join(REPO_ROOT, packageJson.exports['./eslint-plugin']!.default));
    assert.equal(required, plugin, 'module.exports is the plugin itself, not { default: plugin }');
    assert.equal(plugin.meta.version, packageJson.version);
    assert.equal(plugin.meta.name, 'sessionlint/eslint-plugin');
    assert.equal(plugin.meta.namespace, 'sessionlint');
  });

  it('has one ESLint rule per engine rule, and no other', () => {
    assert.deepEqual(Object.keys(plugin.rules).sort(), allRules.map((r) => r.meta.id).sort());
  });

  for (const rule of allRules) {
    const { meta } = rule;
    it(`${meta.id}: ESLint meta mirrors the engine meta`, () => {
      const eslintMeta = plugin.rules[meta.id]?.meta;
      assert.ok(eslintMeta);
      assert.equal(eslintMeta.type, 'problem');
      assert.equal(eslintMeta.docs?.description, meta.description);
      assert.equal(eslintMeta.docs?.url, ruleDocsUrl(meta.id));
      assert.equal(eslintMeta.docs?.recommended, meta.presets.recommended !== 'off');
      assert.equal(eslintMeta.fixable, meta.fixable ? 'code' : undefined);
      assert.equal(eslintMeta.hasSuggestions, meta.hasSuggestions);
      assert.deepEqual(eslintMeta.messages, meta.messages);
      const optionKeys = Object.keys(meta.options);
      if (optionKeys.length === 0) {
        assert.deepEqual(eslintMeta.schema, []);
      } else {
        const [schema] = eslintMeta.schema as [{ properties: Record<string, { default: unknown; description: string }>; additionalProperties: boolean }];
        assert.equal(schema.additionalProperties, false);
        assert.deepEqual(Object.keys(schema.properties).sort(), [...optionKeys].sort());
        const setByStandards = new Set(Object.values(meta.standardOptions ?? {}).flatMap((options) => Object.keys(options ?? {})));
        for (const key of optionKeys) {
          if (setByStandards.has(key)) {
            // ESLint would fill a schema default in and hide the standard's value: the default is in the description.
            assert.equal(schema.properties[key]?.default, undefined, `${key} has no schema default`);
            assert.ok(schema.properties[key]?.description.includes(`Default: ${JSON.stringify(meta.options[key]?.default)}`), `${key} default in the description`);
            continue;
          }
          assert.deepEqual(schema.properties[key]?.default, meta.options[key]?.default, `${key} default`);
          assert.ok(schema.properties[key]?.description, `${key} description`);
        }
      }
    });
  }

  for (const preset of ['recommended', 'strict'] as const) {
    it(`configs.${preset} registers the plugin and takes its levels (info → warn) and options from the presets`, () => {
      const config = plugin.configs[preset];
      assert.equal(config.name, `sessionlint/${preset}`);
      assert.equal(config.plugins?.['sessionlint'], plugin);
      const expected: Record<string, unknown> = {};
      for (const rule of allRules) {
        const level = rule.meta.presets[preset];
        if (level === 'off') continue;
        const eslintLevel = level === 'info' ? 'warn' : level;
        const options = rule.meta.presetOptions?.[preset];
        expected[`sessionlint/${rule.meta.id}`] = options ? [eslintLevel, options] : eslintLevel;
      }
      assert.deepEqual(config.rules, expected);
    });
  }

  it('docs/eslint.md names only rules and options that exist', () => {
    const docs = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'eslint.md'), 'utf8');
    const configured = [...docs.matchAll(/'sessionlint\/([a-z0-9-]+)': (?:\['\w+', \{ (\w+):|'\w+')/g)];
    assert.ok(configured.length >= 3, 'the docs show rule configuration');
    for (const [, id, option] of configured) {
      const rule = allRules.find((r) => r.meta.id === id);
      assert.ok(rule, `docs configure unknown rule ${id}`);
      if (option) assert.ok(option in rule.meta.options, `docs give ${id} an unknown option ${option}`);
    }
  });

  it('strict turns on every rule', () => {
    assert.equal(Object.keys(plugin.configs.strict.rules ?? {}).length, allRules.length);
  });
});

describe('ESLint plugin behaviour', () => {
  it('extracts facts once per file for all sessionlint rules', () => {
    const original = jsFrontend.extractJsFacts;
    let calls = 0;
    const counting: typeof original = (...args) => {
      calls++;
      return original(...args);
    };
    // The plugin registered twice, so two ESLint rules run even while the registry is small.
    const twice: Linter.Config[] = [
      { plugins: { sessionlint: plugin, again: plugin }, rules: { ...plugin.configs.strict.rules, 'again/cookie-httponly': 'error' } },
    ];
    const linter = new Linter({ cwd: '/project' });
    (jsFrontend as { extractJsFacts: typeof original }).extractJsFacts = counting;
    try {
      const messages = linter.verify(INSECURE, twice, '/project/src/app.js');
      assert.deepEqual(messages.filter((m) => m.ruleId?.endsWith('/cookie-httponly')).map((m) => m.ruleId).sort(), ['again/cookie-httponly', 'sessionlint/cookie-httponly']);
      assert.equal(calls, 1, `extractJsFacts ran ${calls} times for ${Object.keys(twice[0]!.rules!).length} rules`);
      linter.verify(INSECURE, twice, '/project/src/other.js');
      assert.equal(calls, 2, 'a second file is analysed on its own');
      linter.verify('export const x = 1;\n', twice, '/project/src/plain.js');
      assert.equal(calls, 2, 'a file the prefilter rules out is never walked');
    } finally {
      (jsFrontend as { extractJsFacts: typeof original }).extractJsFacts = original;
    }
  });

  it('passes rule options through and rejects options the schema does not allow', () => {
    const linter = new Linter({ cwd: '/project' });
    const config = (options: unknown): Linter.Config[] => [
      { plugins: { sessionlint: plugin }, rules: { 'sessionlint/cookie-httponly': ['error', options] } },
    ];
    assert.equal(linter.verify(INSECURE, config({ checkAllCookies: true }), '/project/src/app.js').length, 1);
    assert.throws(() => linter.verify(INSECURE, config({ checkAllCookies: 'yes' }), '/project/src/app.js'), /checkAllCookies|boolean/);
    assert.throws(() => linter.verify(INSECURE, config({ nonsense: 1 }), '/project/src/app.js'), /additional properties|nonsense/i);
  });

  it('settings.sessionlint.envDependent: ignore drops environment-dependent findings', () => {
    const gated = `const session = require('express-session');
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { httpOnly: process.env.NODE_ENV === 'production' } }));
`;
    const reported = lintText(gated, '/project/src/app.js', { parser: 'espree', preset: 'strict' }).filter((m) => m.ruleId === 'sessionlint/cookie-httponly');
    assert.deepEqual(reported.map((m) => m.messageId), ['envDependent']);
    const ignored = lintText(gated, '/project/src/app.js', { parser: 'espree', preset: 'strict', sessionlint: { envDependent: 'ignore' } });
    assert.deepEqual(ignored.filter((m) => m.ruleId === 'sessionlint/cookie-httponly'), []);
  });

  it('reports in test files too (ESLint users scope rules with files/ignores)', () => {
    const messages = lintText(INSECURE, '/project/test/app.test.js', { parser: 'espree', preset: 'recommended' });
    assert.ok(messages.some((m) => m.ruleId === 'sessionlint/cookie-httponly'));
  });

  it('positions are UTF-16 columns after astral characters, CRLF and a BOM', () => {
    const text = `\uFEFFconst session = require('express-session');\r\nconst label = '😀😀'; app.use(session({ secret: process.env.S, cookie: { httpOnly: false } }));\r\n`;
    for (const parser of ['espree', 'typescript-eslint'] as const) {
      const [message] = lintText(text, '/project/src/app.js', { parser, preset: 'strict' }).filter((m) => m.ruleId === 'sessionlint/cookie-httponly');
      assert.ok(message, parser);
      const line = text.replace('\uFEFF', '').split('\r\n')[1]!;
      assert.equal(message.line, 2);
      assert.equal(message.column, line.indexOf('httpOnly: false') + 1);
      assert.equal(message.endColumn, line.indexOf('httpOnly: false') + 'httpOnly: false'.length + 1);
    }
  });

  it('never crashes on modern syntax from either parser', () => {
    const text = `import session from 'express-session';
class Store { static #count = 0; static { Store.#count++; } get size() { return Store.#count; } }
const opts = { secret: process.env.S ?? 'x', cookie: { ...base?.cookie, httpOnly: cond ? true : false } };
label: for (const [k, v] of Object.entries(opts)) { if (k) break label; }
export default async function* gen() { yield* [await import('./x.js')]; }
const re = /(?<year>\\d{4})/v; const big = 10n ** 2n;
app.use(session(opts), (req, res) => res?.cookie?.('sid', req.sessionID, { httpOnly: !!0 }));
`;
    for (const parser of ['espree', 'typescript-eslint'] as const) {
      const messages = lintText(text, '/project/src/app.mjs', { parser, preset: 'strict' });
      assert.deepEqual(messages.filter((m) => m.fatal || m.ruleId === null).map((m) => m.message), [], parser);
    }
  });
});
