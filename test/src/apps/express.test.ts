import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { plugin, typescriptParser } from '../eslint/support/plugin';
import { JS_TS_FILES } from '../eslint/support/lint';
import { comparable, fromCli, fromServer, lineAndRule, type Comparable } from './faces';
import { APP_RULES, assertTwins, copyApp, loadFixtureApps, removeCopy } from './fixtureApps';

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

describe('fixture apps: Express apps assembled across files', function () {
  this.timeout(120_000);
  const apps = loadFixtureApps('express');

  it('has at least 10 apps, each with a secure twin', () => assertTwins(apps));

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
