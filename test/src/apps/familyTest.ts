import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { plugin, typescriptParser } from '../eslint/support/plugin';
import { JS_TS_FILES } from '../eslint/support/lint';
import { comparable, fromCli, fromServer, lineAndRule, type Comparable } from './faces';
import { APP_RULES, copyApp, loadFixtureApps, removeCopy } from './fixtureApps';

async function fromEslint(directory: string): Promise<Comparable[]> {
  // A user's flat config: no dependencies in settings, so the plugin reads the project from disk.
  const eslint = new ESLint({
    cwd: directory,
    overrideConfigFile: true,
    overrideConfig: [{ files: JS_TS_FILES, languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parser: typescriptParser } }, plugin.configs.recommended],
  });
  const results = await eslint.lintFiles(['.']);
  return results
    .flatMap((result) =>
      result.messages.map((m) => comparable(path.relative(directory, result.filePath).split(path.sep).join('/'), { line: m.line, column: m.column }, { line: m.endLine ?? m.line, column: m.endColumn ?? m.column }, (m.ruleId ?? '').replace(/^sessionlint\//, ''), m.message)),
    )
    .sort();
}

/**
 * The test every family of fixture apps (test/apps/<family>/) runs: at least `minimum` apps, each with a
 * secure twin; each app's annotated lifecycle findings come out of the CLI, and ESLint and the language
 * server report exactly what the CLI reports.
 */
export function describeFixtureFamily(family: string, title: string, minimum = 10): void {
  describe(`fixture apps: ${title}`, function () {
    this.timeout(120_000);
    const apps = loadFixtureApps(family);

    it(`has at least ${minimum} apps, each with a secure twin`, () => {
      const insecure = apps.filter((a) => !a.name.endsWith('-secure'));
      assert.ok(insecure.length >= minimum, `${insecure.length} insecure apps`);
      for (const app of insecure) assert.ok(apps.some((a) => a.name === `${app.name}-secure`), `${app.name} has a secure twin`);
      for (const app of apps) assert.equal(app.expected.length > 0, !app.name.endsWith('-secure'), `${app.name}: insecure apps expect findings, secure twins none`);
    });

    for (const app of apps) {
      it(`${app.name}: the CLI, the language server and ESLint report the annotated lifecycle findings, and agree on every finding`, async () => {
        const directory = copyApp(app);
        try {
          const cli = fromCli(directory);
          const lifecycle = cli.filter((f) => APP_RULES.includes(lineAndRule(f).split(':')[2]!)).map(lineAndRule).sort();
          assert.deepEqual(lifecycle, app.expected, 'lifecycle findings (CLI)');
          assert.deepEqual(await fromEslint(directory), cli, 'ESLint reports what the CLI reports');
          assert.deepEqual(await fromServer(directory, app), cli, 'the language server reports what the CLI reports');
        } finally {
          removeCopy(directory);
        }
      });
    }
  });
}
