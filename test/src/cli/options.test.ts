import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { makeProject, parseJsonReport, removeProject, runCliAsync, SNIPPETS, type JsonFinding } from './support';

describe('CLI: --rule, --max-warnings, --quiet, --config and --include-tests', () => {
  let project: string;
  before(() => {
    project = makeProject({ 'app.js': SNIPPETS.insecureCookie, 'lib/ok.js': SNIPPETS.secureCookie });
  });
  after(() => removeProject(project));

  const httpOnlyFindings = async (args: readonly string[], cwd = project): Promise<JsonFinding[]> =>
    parseJsonReport(await runCliAsync(['--format', 'json', ...args], cwd)).findings.filter((f) => f.ruleId === 'cookie-httponly');
  const severities = async (args: readonly string[], cwd = project): Promise<string[]> => (await httpOnlyFindings(args, cwd)).map((f) => f.severity);

  it('--rule id=off turns a rule off; --rule id=warn changes its level; the last one wins', async () => {
    const [off, warn, last] = await Promise.all([
      runCliAsync(['--rule', 'cookie-httponly=off'], project),
      severities(['--rule', 'cookie-httponly=warn']),
      severities(['--rule', 'cookie-httponly=warn', '--rule', 'cookie-httponly=info']),
    ]);
    assert.equal(off.status, 0, off.stdout);
    assert.doesNotMatch(off.stdout, /cookie-httponly/);
    assert.deepEqual(warn, ['warn']);
    assert.deepEqual(last, ['info']);
  });

  it('warnings exit 0 unless there are more than --max-warnings', async () => {
    const onlyWarnings = ['--rule', 'cookie-httponly=warn'];
    const runs = await Promise.all([[], ['--max-warnings', '1'], ['--max-warnings', '0']].map((extra) => runCliAsync([...onlyWarnings, ...extra], project)));
    assert.deepEqual(runs.map((r) => r.status), [0, 0, 1]);
  });

  it('--quiet reports errors only', async () => {
    const [quietWarnings, quietErrors] = await Promise.all([
      runCliAsync(['--quiet', '--rule', 'cookie-httponly=warn', '--format', 'json'], project),
      severities(['--quiet']),
    ]);
    assert.equal(quietWarnings.status, 0);
    assert.deepEqual(parseJsonReport(quietWarnings).findings, []);
    assert.deepEqual(quietErrors, ['error']);
  });

  it('reads sessionlint.config.json from the current directory or above, and --config FILE instead', async () => {
    const withConfig = makeProject({
      'sessionlint.config.json': JSON.stringify({ rules: { 'cookie-httponly': 'warn' } }),
      'service/app.js': SNIPPETS.insecureCookie,
      'strict.json': JSON.stringify({ preset: 'strict', rules: { 'cookie-httponly': ['error', { checkAllCookies: true }] } }),
    });
    try {
      const [here, below, explicit, overridden] = await Promise.all([
        severities([], withConfig),
        severities([], path.join(withConfig, 'service')),
        severities(['--config', 'strict.json'], withConfig),
        severities(['--rule', 'cookie-httponly=off'], withConfig),
      ]);
      assert.deepEqual(here, ['warn']);
      assert.deepEqual(below, ['warn'], 'found by searching upwards');
      assert.deepEqual(explicit, ['error']);
      assert.deepEqual(overridden, [], '--rule overrides the config');
    } finally {
      removeProject(withConfig);
    }
  });

  it("skips files matching the config's ignorePatterns (relative to the config file)", async () => {
    const withIgnores = makeProject({
      'sessionlint.config.json': JSON.stringify({ ignorePatterns: ['legacy/**', '**/*.generated.js'] }),
      'legacy/old.js': SNIPPETS.insecureCookie,
      'src/api.generated.js': SNIPPETS.insecureCookie,
      'src/app.js': SNIPPETS.insecureCookie,
    });
    try {
      assert.deepEqual((await httpOnlyFindings([], withIgnores)).map((f) => f.file), ['src/app.js']);
    } finally {
      removeProject(withIgnores);
    }
  });

  it('skips test and fixture files unless --include-tests', async () => {
    const withTests = makeProject({
      'src/app.js': SNIPPETS.secureCookie,
      'test/login.test.js': SNIPPETS.insecureCookie,
      'src/session.spec.ts': SNIPPETS.insecureCookie,
      'src/__tests__/cookies.js': SNIPPETS.insecureCookie,
      'tests/fixtures/app.js': SNIPPETS.insecureCookie,
    });
    try {
      const [json, stylish, included] = await Promise.all([
        runCliAsync(['--format', 'json'], withTests),
        runCliAsync([], withTests),
        httpOnlyFindings(['--include-tests'], withTests),
      ]);
      const skipped = parseJsonReport(json);
      assert.deepEqual(skipped.findings, []);
      assert.equal(skipped.summary.testFilesSkipped, 4);
      assert.equal(skipped.summary.filesChecked, 1);
      assert.match(stylish.stdout, /4 test or fixture files not checked \(use --include-tests/);
      assert.deepEqual(included.map((f) => f.file).sort(), ['src/__tests__/cookies.js', 'src/session.spec.ts', 'test/login.test.js', 'tests/fixtures/app.js']);
    } finally {
      removeProject(withTests);
    }
  });

  it('judges test files by their path inside the scanned project, not by where the project lives', async () => {
    const outer = makeProject({ 'test/checkout/app.js': SNIPPETS.insecureCookie });
    try {
      assert.equal((await httpOnlyFindings([], path.join(outer, 'test', 'checkout'))).length, 1);
    } finally {
      removeProject(outer);
    }
  });
});
