import * as assert from 'node:assert/strict';
import { analyze } from '../../../rules/dist/engine';

/**
 * Both suppression syntaxes, as every face applies them through the engine: sessionlint's own and
 * ESLint's `eslint-disable-… sessionlint/<id>`, read the way ESLint reads them (eslint-disable /
 * eslint-enable in block comments only, ids separated by commas, `-- reason` after the ids).
 */
const SESSION = "const session = require('express-session');";
const INSECURE_LINE = 'app.use(session({ secret: process.env.S, cookie: { httpOnly: false } }));';

/** The lines (1-based) cookie-httponly is reported on. */
async function httpOnlyLines(text: string, fileName = 'app.js'): Promise<number[]> {
  const { findings } = await analyze(text, { fileName });
  const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length;
  return findings.filter((f) => f.ruleId === 'cookie-httponly').map((f) => lineOf(f.range.start));
}

/** A file: the require, then the given lines. */
const js = (...lines: string[]): string => [SESSION, ...lines, ''].join('\n');

describe('suppression comments', () => {
  it('reports the unsuppressed line (the oracle the other cases are measured against)', async () => {
    assert.deepEqual(await httpOnlyLines(js(INSECURE_LINE)), [2]);
  });

  describe('ESLint syntax, honoured outside ESLint too', () => {
    it('eslint-disable-next-line sessionlint/<id> -- reason', async () => {
      assert.deepEqual(await httpOnlyLines(js('// eslint-disable-next-line sessionlint/cookie-httponly -- the widget reads it', INSECURE_LINE)), []);
    });

    it('eslint-disable-next-line in a block comment, and with several comma-separated ids', async () => {
      assert.deepEqual(await httpOnlyLines(js('/* eslint-disable-next-line no-console, sessionlint/cookie-httponly */', INSECURE_LINE)), []);
    });

    it('a multi-line block eslint-disable-next-line suppresses the line after the comment', async () => {
      assert.deepEqual(await httpOnlyLines(js('/* eslint-disable-next-line', '   sessionlint/cookie-httponly */', INSECURE_LINE)), []);
    });

    it('eslint-disable-line at the end of the line', async () => {
      assert.deepEqual(await httpOnlyLines(js(`${INSECURE_LINE} // eslint-disable-line sessionlint/cookie-httponly`)), []);
    });

    it('eslint-disable … eslint-enable blocks, for one rule or for all', async () => {
      const one = js('/* eslint-disable sessionlint/cookie-httponly */', INSECURE_LINE, '/* eslint-enable sessionlint/cookie-httponly */', INSECURE_LINE);
      assert.deepEqual(await httpOnlyLines(one), [5]);
      const all = js('/* eslint-disable */', INSECURE_LINE, '/* eslint-enable */', INSECURE_LINE);
      assert.deepEqual(await httpOnlyLines(all), [5]);
    });

    it('a bare eslint-disable-next-line covers every rule, as in ESLint', async () => {
      assert.deepEqual(await httpOnlyLines(js('// eslint-disable-next-line', INSECURE_LINE)), []);
    });

    it("a directive naming only other rules, or another rule of ours, leaves the finding", async () => {
      assert.deepEqual(await httpOnlyLines(js('// eslint-disable-next-line no-console', INSECURE_LINE)), [3]);
      assert.deepEqual(await httpOnlyLines(js('// eslint-disable-next-line sessionlint/cookie-secure', INSECURE_LINE)), [3]);
      // Without the plugin's namespace the id is another plugin's (or core ESLint's) rule.
      assert.deepEqual(await httpOnlyLines(js('// eslint-disable-next-line cookie-httponly', INSECURE_LINE)), [3]);
    });

    it('eslint-disable in a line comment is not a directive (ESLint reads it in block comments only)', async () => {
      assert.deepEqual(await httpOnlyLines(js('// eslint-disable sessionlint/cookie-httponly', INSECURE_LINE)), [3]);
    });

    it('a multi-line eslint-disable-line is not a directive (ESLint reports it as a problem)', async () => {
      assert.deepEqual(await httpOnlyLines(js(`${INSECURE_LINE} /* eslint-disable-line`, 'sessionlint/cookie-httponly */')), [2]);
    });

    it('the reason needs whitespace around its dashes; quoted ids are read like ESLint reads them', async () => {
      assert.deepEqual(await httpOnlyLines(js("// eslint-disable-next-line 'sessionlint/cookie-httponly' --- legacy", INSECURE_LINE)), []);
    });
  });

  describe('sessionlint syntax', () => {
    it('next-line with a reason, line, and blocks', async () => {
      assert.deepEqual(await httpOnlyLines(js('// sessionlint-disable-next-line cookie-httponly -- legacy client', INSECURE_LINE)), []);
      assert.deepEqual(await httpOnlyLines(js(`${INSECURE_LINE} // sessionlint-disable-line cookie-httponly`)), []);
      assert.deepEqual(await httpOnlyLines(js('// sessionlint-disable cookie-httponly', INSECURE_LINE, '// sessionlint-enable cookie-httponly', INSECURE_LINE)), [5]);
    });

    it('a block directive is its first line; the prose after it names no rule', async () => {
      const text = js('/* sessionlint-disable-next-line cookie-httponly', ' * The legacy widget reads this cookie. */', INSECURE_LINE);
      assert.deepEqual(await httpOnlyLines(text), []);
      const jsDoc = js('/** sessionlint-disable', ' * generated code, reviewed in SEC-12', ' */', INSECURE_LINE);
      assert.deepEqual(await httpOnlyLines(jsDoc), []);
    });

    it('the sessionlint syntax does not take the eslint namespace', async () => {
      assert.deepEqual(await httpOnlyLines(js('// sessionlint-disable-next-line sessionlint/cookie-httponly', INSECURE_LINE)), [3]);
    });
  });

  describe('in PHP and php.ini', () => {
    const php = (...lines: string[]): string => ['<?php', ...lines, "session_start(['cookie_httponly' => false]);", ''].join('\n');

    it('both syntaxes with # and // comments', async () => {
      assert.deepEqual(await httpOnlyLines(php(), 'index.php'), [2]);
      assert.deepEqual(await httpOnlyLines(php('# sessionlint-disable-next-line cookie-httponly -- legacy'), 'index.php'), []);
      assert.deepEqual(await httpOnlyLines(php('// eslint-disable-next-line sessionlint/cookie-httponly'), 'index.php'), []);
    });

    it('php.ini: ; comments', async () => {
      const ini = (...lines: string[]): string => ['[Session]', ...lines, 'session.cookie_httponly = 0', ''].join('\n');
      assert.deepEqual(await httpOnlyLines(ini(), 'php.ini'), [2]);
      assert.deepEqual(await httpOnlyLines(ini('; sessionlint-disable-next-line cookie-httponly'), 'php.ini'), []);
      assert.deepEqual(await httpOnlyLines(ini('; eslint-disable-next-line sessionlint/cookie-httponly'), 'php.ini'), []);
    });
  });
});
