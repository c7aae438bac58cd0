import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/paths';
import { makeProject, parseJsonReport, removeProject, runCli, SNIPPETS } from './support';

describe('CLI: exit codes, usage errors, --version and --help', () => {
  let clean: string;
  let insecure: string;
  before(() => {
    clean = makeProject({ 'src/app.js': SNIPPETS.secureCookie, 'src/math.js': SNIPPETS.unrelated });
    insecure = makeProject({ 'src/app.js': SNIPPETS.insecureCookie });
  });
  after(() => {
    removeProject(clean);
    removeProject(insecure);
  });

  it('exits 0 on a clean project, scanning the current directory by default', () => {
    const run = runCli([], clean);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /No problems found in 2 files\./);
    assert.equal(run.stderr, '');
  });

  it('exits 1 when there is an error-level finding, and 0 with --exit-zero', () => {
    const run = runCli(['src'], insecure);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /cookie-httponly/);
    assert.equal(runCli(['src', '--exit-zero'], insecure).status, 0);
  });

  const usageErrors: readonly (readonly [string, readonly string[], RegExp])[] = [
    ['an unknown option', ['--frmat', 'json'], /Unknown option '--frmat'/],
    ['an unknown format', ['--format', 'xml'], /--format must be one of stylish, json, sarif/],
    ['a path that does not exist', ['no-such-dir'], /No such file or directory: no-such-dir/],
    ['an unknown rule in --rule', ['--rule', 'cookie-nonsense=error'], /unknown rule 'cookie-nonsense'/],
    ['a bad level in --rule', ['--rule', 'cookie-httponly=loud'], /--rule expects id=level/],
    ['a --max-warnings that is not a number', ['--max-warnings', 'many'], /--max-warnings must be a whole number/],
    ['a --config file that does not exist', ['--config', 'nope.json'], /nope\.json: cannot read file/],
  ];
  for (const [what, args, message] of usageErrors) {
    it(`exits 2 on ${what}, with a message on stderr and nothing on stdout`, () => {
      const run = runCli(args, insecure);
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.match(run.stderr, message);
      assert.match(run.stderr, /sessionlint --help/);
      assert.equal(run.stdout, '');
    });
  }

  it('exits 2 on a config that is not JSON or has the wrong shape', () => {
    const project = makeProject({
      'app.js': SNIPPETS.secureCookie,
      'broken.json': '{ "rules": { "cookie-httponly": "off", } }',
      'wrong-key.json': '{ "rule": { "cookie-httponly": "off" } }',
      'wrong-level.json': '{ "rules": { "cookie-httponly": "sometimes" } }',
      'wrong-preset.json': '{ "preset": "paranoid" }',
    });
    try {
      assert.match(runCli(['--config', 'broken.json'], project).stderr, /broken\.json: not valid JSON/);
      assert.match(runCli(['--config', 'wrong-key.json'], project).stderr, /unknown key 'rule'/);
      assert.match(runCli(['--config', 'wrong-level.json'], project).stderr, /rules\.cookie-httponly must be one of/);
      const run = runCli(['--config', 'wrong-preset.json'], project);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /preset must be one of 'recommended', 'strict'/);
    } finally {
      removeProject(project);
    }
  });

  it('prints the version of package.json with --version and usage with --help', () => {
    const version = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const run = runCli(['--version'], clean);
    assert.equal(run.status, 0);
    assert.equal(run.stdout.trim(), version);
    const help = runCli(['--help'], clean);
    assert.equal(help.status, 0);
    for (const option of ['--format', '--output', '--rule', '--config', '--include-tests', '--max-warnings', '--fix', '--quiet', '--version', '--help']) {
      assert.ok(help.stdout.includes(option), `--help mentions ${option}`);
    }
    assert.match(help.stdout, /Exit codes:/);
  });

  it('reports the JSON tool version and counts', () => {
    const report = parseJsonReport(runCli(['--format', 'json'], insecure));
    assert.equal(report.tool.name, 'sessionlint');
    assert.match(report.tool.version, /^\d+\.\d+\.\d+/);
    assert.equal(report.summary.filesChecked, 1);
    assert.equal(report.summary.errors, report.findings.filter((f) => f.severity === 'error').length);
    assert.ok(report.summary.errors >= 1);
  });
});
