import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stylesFor } from '../../../rules/dist/cli/reporters/color';
import { makeProject, parseJsonReport, removeProject, runCli, SNIPPETS } from './support';

/** What ESLint and semgrep users expect from a CLI: `--stdin` with `--stdin-filename`, and colour switches. */
describe('CLI: --stdin and --stdin-filename', () => {
  let root: string;
  before(() => {
    root = makeProject({
      'package.json': JSON.stringify({ name: 'stdin-app', dependencies: { 'express-session': '^1.18.1' } }),
      'src/config/session.js': "module.exports = { secret: process.env.S, cookie: { httpOnly: false, secure: true, sameSite: 'lax' } };\n",
    });
  });
  after(() => removeProject(root));

  it('analyses standard input as the named file: its path in the report, its language, its imports read from disk', () => {
    const text = "const session = require('express-session');\nconst options = require('./config/session');\napp.use(session(options));\n";
    const run = runCli(['--stdin', '--stdin-filename', 'src/app.js', '--format', 'json'], root, { input: text });
    const report = parseJsonReport(run);
    const httpOnly = report.findings.filter((f) => f.ruleId === 'cookie-httponly');
    assert.deepEqual(httpOnly.map((f) => `${f.file}:${f.line}`), ['src/app.js:3'], run.stderr);
    assert.equal(run.status, 1);
    assert.equal(report.summary.filesChecked, 1);
    assert.ok(!fs.existsSync(path.join(root, 'src/app.js')), 'the named file need not exist, and is not written');
  });

  it('without --stdin-filename reads JavaScript and reports it as <stdin>.js', () => {
    const run = runCli(['--stdin', '--format', 'json'], root, { input: SNIPPETS.insecureCookie });
    const report = parseJsonReport(run);
    assert.deepEqual([...new Set(report.findings.map((f) => f.file))], ['<stdin>.js']);
    assert.ok(report.findings.some((f) => f.ruleId === 'cookie-httponly'));
  });

  it('the file name picks the language: PHP text named .php', () => {
    const php = "<?php\nsession_start(['cookie_httponly' => false]);\n";
    const report = parseJsonReport(runCli(['--stdin', '--stdin-filename', 'public/index.php', '--format', 'json'], root, { input: php }));
    assert.deepEqual(report.findings.filter((f) => f.ruleId === 'cookie-httponly').map((f) => `${f.file}:${f.line}`), ['public/index.php:2']);
  });

  it('a test file name is skipped unless --include-tests, as on a walk', () => {
    const skipped = parseJsonReport(runCli(['--stdin', '--stdin-filename', 'test/app.test.js', '--format', 'json'], root, { input: SNIPPETS.insecureCookie }));
    assert.deepEqual(skipped.findings, []);
    assert.equal(skipped.summary.testFilesSkipped, 1);
    const included = parseJsonReport(runCli(['--stdin', '--stdin-filename', 'test/app.test.js', '--include-tests', '--format', 'json'], root, { input: SNIPPETS.insecureCookie }));
    assert.ok(included.findings.length > 0);
  });

  it('secure input exits 0 with no findings', () => {
    const run = runCli(['--stdin', '--stdin-filename', 'src/app.js'], root, { input: SNIPPETS.secureCookie });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  it('refuses paths, --fix and a --stdin-filename without --stdin (exit 2)', () => {
    for (const args of [['--stdin', 'src'], ['--stdin', '--fix'], ['--stdin-filename', 'src/app.js'], ['--stdin', '--stdin-filename', '']]) {
      const run = runCli(args, root, { input: SNIPPETS.insecureCookie });
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stdout}`);
      assert.match(run.stderr, /--stdin|--fix/);
    }
  });
});

describe('CLI: colour', () => {
  const ESC = '\u001b[';
  let root: string;
  before(() => {
    root = makeProject({ 'app.js': SNIPPETS.insecureCookie });
  });
  after(() => removeProject(root));

  /** Runs the stylish report to a pipe (not a terminal) with the given environment on top of NO_COLOR/FORCE_COLOR unset. */
  const coloured = (args: readonly string[], env: Record<string, string | undefined> = {}): boolean => {
    const run = runCli(['app.js', ...args], root, { env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env } });
    assert.match(run.stdout, /cookie-httponly/);
    return run.stdout.includes(ESC);
  };

  it('is off on a pipe and on with --color; --no-color turns it off; the last flag wins', () => {
    assert.equal(coloured([]), false);
    assert.equal(coloured(['--color']), true);
    assert.equal(coloured(['--color', '--no-color']), false);
    assert.equal(coloured(['--no-color', '--color']), true);
  });

  it('FORCE_COLOR=0 / false turn it off, FORCE_COLOR=1 on, NO_COLOR off; the flags win over the environment', () => {
    assert.equal(coloured([], { FORCE_COLOR: '1' }), true);
    assert.equal(coloured([], { FORCE_COLOR: '0' }), false);
    assert.equal(coloured(['--color'], { FORCE_COLOR: '0' }), true);
    assert.equal(coloured(['--no-color'], { FORCE_COLOR: '1' }), false);
    assert.equal(coloured(['--color'], { NO_COLOR: '1' }), true);
  });

  it('on a terminal: colour unless NO_COLOR or FORCE_COLOR=0/false', () => {
    const tty = { isTTY: true };
    assert.equal(stylesFor(tty, {}).red('x'), `${ESC}31mx${ESC}39m`);
    assert.equal(stylesFor(tty, { NO_COLOR: '1' }).red('x'), 'x');
    assert.equal(stylesFor(tty, { NO_COLOR: '' }).red('x'), `${ESC}31mx${ESC}39m`, 'an empty NO_COLOR does not count (no-color.org)');
    assert.equal(stylesFor(tty, { FORCE_COLOR: '0' }).red('x'), 'x');
    assert.equal(stylesFor(tty, { FORCE_COLOR: 'false' }).red('x'), 'x');
    assert.equal(stylesFor(tty, { FORCE_COLOR: '0' }, true).red('x'), `${ESC}31mx${ESC}39m`);
  });
});
