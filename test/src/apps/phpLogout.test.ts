import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseJsonReport, runCli } from '../cli/support';
import { parseAnnotations } from '../support/fixtures';
import { APP_RULES, APPS_ROOT, copyApp, removeCopy, type FixtureApp } from './fixtureApps';

/**
 * PHP fixture apps (test/apps/php-logout/<app>/) whose logouts are handed to services in other
 * files: the CLI must judge each by what the service does (followed through typed and
 * constructor-promoted properties to the class file), and stay silent where it cannot tell.
 */
function listPhp(directory: string, base = directory): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return listPhp(full, base);
    return entry.name.endsWith('.php') ? [path.relative(base, full).split(path.sep).join('/')] : [];
  });
}

function loadPhpApps(): FixtureApp[] {
  const root = path.join(APPS_ROOT, 'php-logout');
  return fs.readdirSync(root).sort().map((name) => {
    const directory = path.join(root, name);
    const sources = listPhp(directory).sort();
    const expected = sources.flatMap((file) =>
      parseAnnotations(fs.readFileSync(path.join(directory, file), 'utf8')).flatMap((a) => (a.kind === 'expect' ? a.ruleIds.map((rule) => `${file}:${a.targetLine + 1}:${rule}`) : [])),
    );
    return { name, directory, sources, expected: expected.sort() };
  });
}

describe('fixture apps: PHP logouts handed to services in other files', function () {
  this.timeout(60_000);
  for (const app of loadPhpApps()) {
    it(`${app.name}: the CLI reports exactly the annotated lifecycle findings`, () => {
      const copy = copyApp(app);
      try {
        const report = parseJsonReport(runCli(['--format', 'json', '--exit-zero', '--time-budget', '0', '.'], copy));
        const actual = report.findings.filter((f) => APP_RULES.includes(f.ruleId)).map((f) => `${f.file}:${f.line}:${f.ruleId}`).sort();
        assert.deepEqual(actual, app.expected);
      } finally {
        removeCopy(copy);
      }
    });
  }
});
