import * as assert from 'node:assert/strict';
import { parseJsonReport, runCli } from '../cli/support';
import { copyApp, loadFixtureApps, removeCopy } from './fixtureApps';

/** What the plugin tree says about a route, as the csrf finding states it: full paths from the prefixes on the way, related places in other files. */
describe('Fastify plugin tree: prefixes and related places in findings', function () {
  this.timeout(60_000);
  const apps = new Map(loadFixtureApps('fastify').map((app) => [app.name, app]));

  const csrfOf = (name: string): { message: string; related: readonly { message: string; location: { file: string } }[] } => {
    const directory = copyApp(apps.get(name)!);
    try {
      const report = parseJsonReport(runCli(['--format', 'json', '--exit-zero', '.'], directory));
      const found = report.findings.filter((f) => f.ruleId === 'csrf');
      assert.equal(found.length, 1, `${name}: one csrf finding`);
      return { message: found[0]!.message, related: found[0]!.related };
    } finally {
      removeCopy(directory);
    }
  };

  it('joins autoload folder names, register prefixes and route paths', () => {
    const autoload = csrfOf('autoload-csrf');
    assert.match(autoload.message, /POST \/notes, DELETE \/notes\/:id\./);
    assert.deepEqual(
      autoload.related.map((r) => `${r.location.file}: ${r.message}`),
      ['routes/notes/index.js: State-changing route POST /notes has no CSRF defence in its plugin scope.', 'routes/notes/index.js: State-changing route DELETE /notes/:id has no CSRF defence in its plugin scope.'],
      'the exposed routes, in the file that registers them',
    );
    assert.match(csrfOf('route-hooks').message, /^No CSRF defence on POST \/profile\/avatar\./, 'only the route without the hook, under its prefix');
    assert.match(csrfOf('autohooks-csrf').message, /^No CSRF defence on PUT \/account\/email\./, 'routes/api is guarded by its autohooks');
  });
});
