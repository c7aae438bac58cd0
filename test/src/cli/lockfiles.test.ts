import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ProjectLoader } from '../../../rules/dist/workspace';
import { installedFromComposerLock } from '../../../rules/dist/workspace/lockfiles/composerLock';
import { installedFromNpmLock } from '../../../rules/dist/workspace/lockfiles/npmLock';
import { installedFromPnpmLock } from '../../../rules/dist/workspace/lockfiles/pnpmLock';
import { installedFromYarnLock } from '../../../rules/dist/workspace/lockfiles/yarnLock';
import { makeProject, removeProject } from './support';

const asObject = (map: ReadonlyMap<string, string>): Record<string, string> => Object.fromEntries(map);

describe('lockfiles: installed versions, read as data', () => {
  it('package-lock v2/v3: the version Node finds from the package folder, nested before hoisted', () => {
    const lock = JSON.stringify({
      lockfileVersion: 3,
      packages: {
        '': { workspaces: ['packages/*'] },
        'packages/api': { name: 'api' },
        'node_modules/passport': { version: '0.7.0' },
        'packages/api/node_modules/passport': { version: '0.5.3' },
        'node_modules/express': { version: '4.21.2' },
      },
    });
    assert.deepEqual(asObject(installedFromNpmLock(lock, '', ['passport', 'express', 'missing'])), { passport: '0.7.0', express: '4.21.2' });
    assert.deepEqual(asObject(installedFromNpmLock(lock, 'packages/api', ['passport', 'express'])), { passport: '0.5.3', express: '4.21.2' });
  });

  it('package-lock v1: the root tree by name; git and file versions are left to the range', () => {
    const lock = JSON.stringify({ lockfileVersion: 1, dependencies: { passport: { version: '0.4.1' }, mine: { version: 'file:../mine' } } });
    assert.deepEqual(asObject(installedFromNpmLock(lock, '', ['passport', 'mine'])), { passport: '0.4.1' });
    assert.deepEqual(asObject(installedFromNpmLock('{ not json', '', ['passport'])), {});
  });

  it('yarn.lock classic and berry: the entry the declared range names', () => {
    const classic = ['# yarn lockfile v1', '', 'passport@^0.5.0, passport@~0.5.2:', '  version "0.5.3"', '  resolved "https://registry.yarnpkg.com/passport/-/passport-0.5.3.tgz"', '', '"@scope/pkg@^1.0.0":', '  version "1.2.0"', ''].join('\n');
    assert.deepEqual(asObject(installedFromYarnLock(classic, { passport: '^0.5.0', '@scope/pkg': '^1.0.0' })), { passport: '0.5.3', '@scope/pkg': '1.2.0' });
    const berry = ['__metadata:', '  version: 8', '', '"passport@npm:^0.6.0":', '  version: 0.6.0', '  resolution: "passport@npm:0.6.0"', '', '"passport@npm:^0.4.0":', '  version: 0.4.1', ''].join('\n');
    assert.deepEqual(asObject(installedFromYarnLock(berry, { passport: '^0.4.0' })), { passport: '0.4.1' });
    assert.deepEqual(asObject(installedFromYarnLock(berry, { passport: '^0.9.0' })), {}, 'two versions installed, none for this range: unknown');
  });

  it('pnpm-lock.yaml 5.x, 6.x and 9.x importers', () => {
    assert.deepEqual(asObject(installedFromPnpmLock('lockfileVersion: 5.4\ndependencies:\n  passport: 0.5.3_express@4.18.2\n', '')), { passport: '0.5.3' });
    assert.deepEqual(asObject(installedFromPnpmLock("lockfileVersion: '6.0'\ndependencies:\n  passport:\n    specifier: ^0.6.0\n    version: 0.6.0\n", '')), { passport: '0.6.0' });
    const v9 = ["lockfileVersion: '9.0'", 'importers:', '  .:', '    dependencies:', '      express:', '        specifier: ^4', '        version: 4.21.2', '  packages/api:', '    dependencies:', '      passport:', '        specifier: ^0.7.0', '        version: 0.7.0(express@4.21.2)', '      shared:', '        specifier: workspace:*', '        version: link:../shared', ''].join('\n');
    assert.deepEqual(asObject(installedFromPnpmLock(v9, 'packages/api')), { passport: '0.7.0' });
    assert.deepEqual(asObject(installedFromPnpmLock(v9, '')), { express: '4.21.2' });
    assert.deepEqual(asObject(installedFromPnpmLock(v9, 'packages/other')), {});
  });

  it('pnpm-lock.yaml read from its tokens as YAML composes it: quoted keys, comments, `{}` projects, CRLF; unusual shapes composed', () => {
    const lines = [
      "lockfileVersion: '9.0'",
      '',
      'settings:',
      '  autoInstallPeers: true',
      '',
      'importers:',
      '',
      '  .:',
      '    devDependencies:',
      "      '@types/node':",
      "        specifier: 'catalog:'",
      '        version: 24.12.2 # pinned',
      '  examples/empty: {}',
      '  packages/api:',
      '    dependencies:',
      '      "express-session":',
      '        specifier: ^1.17.0',
      '        version: "1.18.1"',
      '    optionalDependencies:',
      '      passport:',
      '        specifier: ^0.7.0',
      '        version: 0.7.0(express@4.21.2)',
      '',
      'packages:',
      '  express-session@1.18.1:',
      '    resolution: {integrity: sha512-x}',
      '',
    ];
    const lock = lines.join('\n');
    const expected = { '': { '@types/node': '24.12.2' }, 'packages/api': { 'express-session': '1.18.1', passport: '0.7.0' }, 'examples/empty': {} };
    for (const text of [lock, lines.join('\r\n')]) {
      for (const [dir, versions] of Object.entries(expected)) assert.deepEqual(asObject(installedFromPnpmLock(text, dir)), versions, `${dir || '.'} ${text.includes('\r') ? 'CRLF' : 'LF'}`);
    }
    // Shapes pnpm does not write go to the YAML library's composer, with the same answers as before.
    const flow = ['importers:', '  .:', '    dependencies:', '      passport: {specifier: ^0.5.0, version: 0.5.3}', ''].join('\n');
    assert.deepEqual(asObject(installedFromPnpmLock(flow, '')), { passport: '0.5.3' });
    const anchored = ['lockfileVersion: 5.4', 'dependencies:', '  passport: &p 0.5.3', '  passport-local: *p', ''].join('\n');
    assert.deepEqual(asObject(installedFromPnpmLock(anchored, '')), { passport: '0.5.3', 'passport-local': '0.5.3' });
    const repeated = ['lockfileVersion: 5.4', 'dependencies:', '  passport: 0.5.3', '  passport: 0.6.0', ''].join('\n');
    assert.deepEqual(asObject(installedFromPnpmLock(repeated, '')), {}, 'a repeated key makes the YAML invalid: nothing known');
    const nestedBelowScalar = ['lockfileVersion: 5.4', 'dependencies:', '  passport: 0.5.3', '    version: 0.6.0', ''].join('\n');
    assert.deepEqual(asObject(installedFromPnpmLock(nestedBelowScalar, '')), {}, 'invalid YAML: nothing known');
  });

  it('composer.lock: packages and packages-dev, without the leading v; branches left to the range', () => {
    const lock = JSON.stringify({ packages: [{ name: 'laravel/framework', version: 'v10.48.2' }, { name: 'x/y', version: 'dev-main' }], 'packages-dev': [{ name: 'phpunit/phpunit', version: '10.5.0' }] });
    assert.deepEqual(asObject(installedFromComposerLock(lock, ['laravel/framework', 'x/y', 'phpunit/phpunit'])), { 'laravel/framework': '10.48.2', 'phpunit/phpunit': '10.5.0' });
  });

  it('ProjectLoader: installed versions over ranges, per workspace, the package itself by name, re-read when the lockfile changes', () => {
    const root = makeProject({
      'package.json': JSON.stringify({ name: 'monorepo', private: true, workspaces: ['packages/*'], dependencies: { passport: '^0.5.0' } }),
      'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'packages/api': {}, 'node_modules/passport': { version: '0.5.3' }, 'packages/api/node_modules/passport': { version: '0.6.0' } } }),
      'packages/api/package.json': JSON.stringify({ name: 'api', version: '1.0.0', dependencies: { passport: '^0.6.0' } }),
      'packages/api/src/app.js': '',
      'packages/api/examples/login/app.js': '',
      'src/app.js': '',
      'composer.json': JSON.stringify({ require: { 'laravel/framework': '^10.0' } }),
      'composer.lock': JSON.stringify({ packages: [{ name: 'laravel/framework', version: 'v10.48.2' }] }),
    });
    try {
      const loader = new ProjectLoader({ baseDir: root });
      const top = loader.contextFor('src/app.js');
      assert.equal(top.dependencies['passport'], '0.5.3');
      assert.equal(top.dependencies['laravel/framework'], '10.48.2');
      assert.equal(top.lockfile, path.join(root, 'package-lock.json'));
      const api = loader.contextFor('packages/api/src/app.js');
      assert.equal(api.dependencies['passport'], '0.6.0');
      assert.equal(api.dependencies['api'], '1.0.0', 'the package at its own version');
      assert.equal(api.selfReference?.('packages/api/examples/login/app.js', '../..'), 'api');
      assert.equal(api.selfReference?.('packages/api/examples/login/app.js', './routes'), undefined);
      assert.equal(api.selfReference?.('packages/api/src/app.js', '.'), undefined, 'the file\'s own folder is not the package');
      fs.writeFileSync(path.join(root, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/passport': { version: '0.4.1' } } }));
      assert.equal(loader.contextFor('src/app.js').dependencies['passport'], '0.5.3', 'cached');
      loader.invalidate(path.join(root, 'package-lock.json'));
      assert.equal(loader.contextFor('src/app.js').dependencies['passport'], '0.4.1');
      assert.equal(loader.contextFor('packages/api/src/app.js').dependencies['passport'], '^0.6.0', 'no longer a workspace of that lockfile: the range');
    } finally {
      removeProject(root);
    }
  });

  it('ProjectLoader: the lockfile is read when a version is first asked for, not to know the names', () => {
    const root = makeProject({
      'package.json': JSON.stringify({ name: 'app', version: '2.0.0', dependencies: { passport: '^0.5.0', express: '^4.0.0' } }),
      'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/passport': { version: '0.5.3' } } }),
      'composer.json': JSON.stringify({ require: { 'laravel/framework': '^10.0' } }),
      'composer.lock': JSON.stringify({ packages: [{ name: 'laravel/framework', version: 'v10.48.2' }] }),
      'src/app.js': '',
    });
    try {
      const reads: string[] = [];
      const loader = new ProjectLoader({ baseDir: root, onRead: (file) => reads.push(path.basename(file)) });
      const { dependencies } = loader.contextFor('src/app.js');
      assert.deepEqual(Object.keys(dependencies).sort(), ['app', 'express', 'laravel/framework', 'passport']);
      assert.ok('passport' in dependencies && !('lodash' in dependencies));
      assert.deepEqual(reads.filter((file) => file.endsWith('.lock') || file.endsWith('-lock.json')), [], 'names only: no lockfile read');
      assert.equal(dependencies['passport'], '0.5.3', 'installed');
      assert.equal(dependencies['express'], '^4.0.0', 'not in the lockfile: the range');
      assert.equal(dependencies['app'], '2.0.0', 'the package at its own version');
      assert.deepEqual(reads.filter((file) => file.endsWith('.lock') || file.endsWith('-lock.json')), ['package-lock.json'], 'composer.lock is still unread');
      assert.equal(dependencies['laravel/framework'], '10.48.2');
      assert.equal({ ...dependencies }['passport'], '0.5.3', 'a copy has the values');
    } finally {
      removeProject(root);
    }
  });
});
