import * as assert from 'node:assert/strict';
import { fromCli, fromServer, lineAndRule } from './faces';
import { APP_RULES, assertTwins, copyApp, loadFixtureApps, PHP_SOURCES, removeCopy } from './fixtureApps';

/**
 * PHP fixture apps (plain PHP joined by include, Laravel, Symfony), each through the CLI and the
 * language server, which must agree on every finding. ESLint does not read PHP, YAML or ini files,
 * so for PHP the parity is between those two faces.
 */
for (const family of ['plain-php', 'laravel', 'symfony']) {
  describe(`fixture apps: ${family} apps assembled across files`, function () {
    this.timeout(120_000);
    const apps = loadFixtureApps(family, PHP_SOURCES);

    it('has at least 10 apps, each with a secure twin', () => assertTwins(apps));

    for (const app of apps) {
      it(`${app.name}: the CLI and the language server report the annotated lifecycle findings, and agree on every finding`, async () => {
        const directory = copyApp(app);
        try {
          const cli = fromCli(directory);
          const lifecycle = cli.filter((f) => APP_RULES.includes(lineAndRule(f).split(':')[2]!)).map(lineAndRule).sort();
          assert.deepEqual(lifecycle, app.expected, 'lifecycle findings (CLI)');
          assert.deepEqual(await fromServer(directory, app), cli, 'the language server reports what the CLI reports');
        } finally {
          removeCopy(directory);
        }
      });
    }
  });
}
