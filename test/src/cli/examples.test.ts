import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../../rules/dist/rules';
import { EXAMPLES, REPO_ROOT } from '../support/paths';
import { parseJsonReport, runCli } from './support';

/** What examples/express-insecure gets wrong, by rule id (see its README); checked for the rules that exist. */
const EXPRESS_INSECURE_RULES = [
  'cookie-httponly',
  'cookie-secure',
  'cookie-samesite',
  'cookie-max-age',
  'session-secret',
  'session-store-memory',
  'session-cookie-name-default',
  'session-regenerate-on-login',
  'session-destroy-on-logout',
];

const exampleDirs = fs.readdirSync(EXAMPLES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('CLI: the bundled examples', () => {
  it('examples/express-insecure has a finding for each mistake whose rule exists', () => {
    const run = runCli(['--format', 'json', 'examples/express-insecure'], REPO_ROOT);
    assert.equal(run.status, 1);
    const found = new Set(parseJsonReport(run).findings.map((f) => f.ruleId));
    const known = new Set(allRules.map((r) => r.meta.id));
    const expected = EXPRESS_INSECURE_RULES.filter((id) => known.has(id));
    assert.ok(expected.includes('cookie-httponly'));
    assert.deepEqual(expected.filter((id) => !found.has(id)), [], 'rules without a finding in the insecure example');
  });

  for (const name of exampleDirs.filter((n) => n.endsWith('-secure'))) {
    it(`examples/${name} produces no finding and no notification`, () => {
      const run = runCli(['--format', 'json', `examples/${name}`], REPO_ROOT);
      const report = parseJsonReport(run);
      assert.deepEqual(report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`), []);
      assert.deepEqual(report.notifications, []);
      assert.ok(report.summary.filesChecked > 0);
      assert.equal(run.status, 0);
    });
  }

  for (const name of exampleDirs.filter((n) => n.endsWith('-insecure'))) {
    it(`examples/${name} produces findings`, () => {
      const report = parseJsonReport(runCli(['--format', 'json', `examples/${name}`], REPO_ROOT));
      assert.ok(report.findings.length > 0);
      assert.deepEqual(report.notifications.filter((n) => n.level === 'error'), []);
    });
  }

  it('the demo command prints file:line:column, rule id, message and fix markers, and nothing for the secure twins', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const demo = manifest.scripts.demo!;
    assert.match(demo, /node bin\/sessionlint\.js examples\b/);
    const args = demo.slice(demo.indexOf('node bin/sessionlint.js') + 'node bin/sessionlint.js'.length).trim().split(/\s+/);
    const run = runCli(args, REPO_ROOT);
    assert.equal(run.status, 0, 'the demo does not fail npm');
    const findingLines = run.stdout.split('\n').filter((l) => /^examples\/[^:]+:\d+:\d+ {2}(error|warn|info) /.test(l));
    assert.ok(findingLines.length > 0, run.stdout);
    assert.ok(findingLines.every((l) => /\.\s{2}[a-z-]+(\s{2}\[(fix|suggestion)\]( \[suggestion\])?)?$/.test(l)), findingLines.join('\n'));
    assert.ok(findingLines.some((l) => l.startsWith('examples/express-insecure/')));
    assert.ok(findingLines.some((l) => l.includes('[fix]')), 'some finding has a fix');
    assert.deepEqual(findingLines.filter((l) => /^examples\/[^/]+-secure\//.test(l)), []);
  });
});
