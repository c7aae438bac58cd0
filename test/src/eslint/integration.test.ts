import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { parseJsonOutput, TempProject, type EslintFileResult } from './support/tempProject';

/**
 * The real `eslint` binary on throwaway projects whose eslint.config.js loads the plugin by package
 * name (`sessionlint/eslint-plugin`), once as ESM (import) and once as CJS (require).
 */
const INSECURE_JS = `const express = require('express');
const session = require('express-session');

const app = express();
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    cookie: { httpOnly: false, secure: true, sameSite: 'lax' },
  }),
);
module.exports = app;
`;

const INSECURE_TS = `import express from 'express';
import session from 'express-session';

const cookie: session.CookieOptions = { httpOnly: false, secure: true, sameSite: 'lax' };
export const app = express();
app.use(session({ secret: process.env.SESSION_SECRET as string, cookie }));
`;

/** A file that uses no session or cookie API: nothing to report, whatever the rule set grows to. */
const UNRELATED_JS = `export function add(a, b) {
  return a + b;
}
`;

/** 1-based line of the first line containing a snippet. */
function lineOf(text: string, snippet: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(snippet));
  assert.ok(index >= 0, `'${snippet}' not found`);
  return index + 1;
}

function resultFor(results: readonly EslintFileResult[], root: string, relative: string): EslintFileResult {
  const result = results.find((r) => r.filePath === path.join(root, relative));
  assert.ok(result, `no ESLint result for ${relative}: ${results.map((r) => r.filePath).join(', ')}`);
  return result;
}

function httpOnlyLines(result: EslintFileResult): number[] {
  return result.messages.filter((m) => m.ruleId === 'sessionlint/cookie-httponly').map((m) => m.line);
}

function assertOnlySessionlintMessages(results: readonly EslintFileResult[]): void {
  for (const result of results) {
    for (const message of result.messages) {
      assert.ok(!message.fatal, `fatal in ${result.filePath}: ${message.message}`);
      assert.match(message.ruleId ?? '', /^sessionlint\//, `unexpected message in ${result.filePath}: ${message.message}`);
    }
  }
}

describe('eslint binary with the plugin loaded by package name', function () {
  this.timeout(120_000);
  const projects: TempProject[] = [];
  const project = (files: Record<string, string>): TempProject => {
    const created = new TempProject(files);
    projects.push(created);
    return created;
  };
  after(() => {
    for (const p of projects) p.remove();
  });

  it('ESM eslint.config.js (import) with configs.recommended, JS and TS files', () => {
    const p = project({
      'package.json': JSON.stringify({ name: 'esm-app', private: true, type: 'module' }),
      'eslint.config.js': [
        "import sessionlint from 'sessionlint/eslint-plugin';",
        "import tsParser from '@typescript-eslint/parser';",
        '',
        'export default [',
        "  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },",
        '  sessionlint.configs.recommended,',
        '];',
        '',
      ].join('\n'),
      'src/app.cjs': INSECURE_JS,
      'src/server.ts': INSECURE_TS,
      'src/math.js': UNRELATED_JS,
    });
    const run = p.eslint(['--format', 'json', '.']);
    assert.equal(run.status, 1, `exit code (stderr: ${run.stderr})`);
    const results = parseJsonOutput(run.stdout);
    assertOnlySessionlintMessages(results);
    assert.deepEqual(httpOnlyLines(resultFor(results, p.root, 'src/app.cjs')), [lineOf(INSECURE_JS, 'httpOnly: false')]);
    assert.deepEqual(httpOnlyLines(resultFor(results, p.root, 'src/server.ts')), [lineOf(INSECURE_TS, 'httpOnly: false')]);
    assert.deepEqual(resultFor(results, p.root, 'src/math.js').messages, []);
    const httpOnly = resultFor(results, p.root, 'src/app.cjs').messages.find((m) => m.ruleId === 'sessionlint/cookie-httponly');
    assert.equal(httpOnly?.severity, 2, 'cookie-httponly is an error in the recommended config');
  });

  it('CJS eslint.config.js (require) with configs.recommended', () => {
    const p = project({
      'package.json': JSON.stringify({ name: 'cjs-app', private: true }),
      'eslint.config.js': [
        "const sessionlint = require('sessionlint/eslint-plugin');",
        '',
        'module.exports = [sessionlint.configs.recommended];',
        '',
      ].join('\n'),
      'src/app.js': INSECURE_JS,
    });
    const run = p.eslint(['--format', 'json', 'src']);
    assert.equal(run.status, 1, `exit code (stderr: ${run.stderr})`);
    const results = parseJsonOutput(run.stdout);
    assertOnlySessionlintMessages(results);
    assert.deepEqual(httpOnlyLines(resultFor(results, p.root, 'src/app.js')), [lineOf(INSECURE_JS, 'httpOnly: false')]);
  });

  it('--fix applies the fix and honours ESLint and sessionlint disable comments', () => {
    const suppressed = [
      '// eslint-disable-next-line sessionlint/cookie-httponly -- read by the legacy widget',
      "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { httpOnly: false, name: 'widget' } }));",
      '// sessionlint-disable-next-line cookie-httponly -- read by the other legacy widget',
      "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { httpOnly: false, name: 'widget2' } }));",
      '',
    ].join('\n');
    const p = project({
      'package.json': JSON.stringify({ name: 'fix-app', private: true, type: 'module' }),
      'eslint.config.js': [
        "import sessionlint from 'sessionlint/eslint-plugin';",
        '',
        "export default [{ plugins: { sessionlint }, rules: { 'sessionlint/cookie-httponly': 'error' } }];",
        '',
      ].join('\n'),
      'src/app.cjs': INSECURE_JS + suppressed,
    });
    const before = p.eslint(['--format', 'json', 'src']);
    assert.equal(before.status, 1, `exit code before --fix (stderr: ${before.stderr})`);
    assert.deepEqual(httpOnlyLines(resultFor(parseJsonOutput(before.stdout), p.root, 'src/app.cjs')), [lineOf(INSECURE_JS, 'httpOnly: false')]);

    const fixed = p.eslint(['--fix', '--format', 'json', 'src']);
    assert.equal(fixed.status, 0, `exit code after --fix (stderr: ${fixed.stderr})`);
    assert.deepEqual(resultFor(parseJsonOutput(fixed.stdout), p.root, 'src/app.cjs').messages, []);
    const text = p.read('src/app.cjs');
    assert.match(text, /cookie: \{ httpOnly: true, secure: true, sameSite: 'lax' \}/);
    assert.equal(text.split("httpOnly: false, name: 'widget").length - 1, 2, 'suppressed findings are not fixed');
  });
});
