import * as assert from 'node:assert/strict';
import { analyze } from '../../../rules/dist/engine';
import { ProjectLoader } from '../../../rules/dist/workspace';
import { makeProject, removeProject } from './support';

const lock = (framework: string): string =>
  JSON.stringify({
    packages: [
      { name: 'laravel/framework', version: framework },
      { name: 'symfony/http-foundation', version: 'v7.1.3' },
      { name: 'acme/internal', version: 'dev-main' },
    ],
    'packages-dev': [{ name: 'phpunit/phpunit', version: '11.2.8' }],
  });

// Laravel 11's framework config merges same_site 'lax' into an app config that leaves it out; Laravel 10's does not.
const SESSION_CONFIG = "<?php\nreturn [\n    'driver' => 'file',\n    'lifetime' => 120,\n    'cookie' => 'shop_session',\n    'secure' => true,\n];\n";

describe('composer.lock: installed versions over composer.json ranges', () => {
  const composerJson = JSON.stringify({ require: { php: '^8.2', 'laravel/framework': '^10.0 || ^11.0', 'acme/internal': 'dev-main' }, 'require-dev': { 'phpunit/phpunit': '^11' } });

  it('takes the locked version of each package the project requires, and adds none it does not', () => {
    const root = makeProject({ 'composer.json': composerJson, 'composer.lock': lock('v11.31.0'), 'config/session.php': SESSION_CONFIG });
    try {
      const dependencies = new ProjectLoader({ baseDir: root }).contextFor('config/session.php').dependencies;
      assert.deepEqual(dependencies, { php: '^8.2', 'laravel/framework': '11.31.0', 'acme/internal': 'dev-main', 'phpunit/phpunit': '11.2.8' });
    } finally {
      removeProject(root);
    }
  });

  it('keeps the ranges when the lock is missing or not JSON', () => {
    const variants: Record<string, string>[] = [{}, { 'composer.lock': '{ "packages": [' }];
    for (const files of variants) {
      const root = makeProject({ 'composer.json': composerJson, 'config/session.php': SESSION_CONFIG, ...files });
      try {
        assert.equal(new ProjectLoader({ baseDir: root }).contextFor('config/session.php').dependencies['laravel/framework'], '^10.0 || ^11.0');
      } finally {
        removeProject(root);
      }
    }
  });

  it('gives Laravel defaults by the installed version', async () => {
    const sameSiteFindings = async (framework: string): Promise<number> => {
      const root = makeProject({ 'composer.json': composerJson, 'composer.lock': lock(framework), 'config/session.php': SESSION_CONFIG });
      try {
        const project = new ProjectLoader({ baseDir: root }).contextFor('config/session.php');
        const result = await analyze(SESSION_CONFIG, { fileName: `${root}/config/session.php`, project });
        return result.findings.filter((f) => f.ruleId === 'cookie-samesite').length;
      } finally {
        removeProject(root);
      }
    };
    assert.equal(await sameSiteFindings('v11.31.0'), 0);
    assert.equal(await sameSiteFindings('v10.48.4'), 1);
  });
});
