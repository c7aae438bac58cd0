import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ProjectLoader } from '../../../rules/dist/workspace';
import { loadedPlugins } from '../../../rules/dist/frontends/js/assembly/fastify/autoload';
import { makeProject, removeProject } from './support';

describe('module graph: tsconfig paths aliases', () => {
  it('resolves `paths` patterns (longest prefix first) and `baseUrl`, following a relative `extends`, and leaves packages alone', () => {
    const root = makeProject({
      'package.json': '{ "name": "api" }',
      'tsconfig.base.json': '{ "compilerOptions": { "baseUrl": "./src", "paths": { "@/*": ["*"], "@routes/*": ["routes/*", "legacy/*"] } } }',
      // Comments and trailing commas, as tsc accepts them.
      'tsconfig.json': '{\n  // shared settings\n  "extends": "./tsconfig.base",\n  "compilerOptions": { "strict": true, },\n}\n',
      'src/app.ts': '',
      'src/routes/index.ts': '',
      'src/legacy/old.js': '',
      'src/config/session.ts': '',
      'node_modules/express/index.js': '',
    });
    try {
      const loader = new ProjectLoader({ baseDir: root });
      const target = (specifier: string): string | undefined => loader.readModule('src/app.ts', specifier)?.fileName;
      assert.equal(target('@routes/index'), 'src/routes/index.ts');
      assert.equal(target('@routes'), undefined, 'the pattern needs its slash');
      assert.equal(target('@routes/old'), 'src/legacy/old.js', 'the second target of a pattern');
      assert.equal(target('@/config/session'), 'src/config/session.ts');
      assert.equal(target('config/session'), 'src/config/session.ts', 'below baseUrl');
      assert.equal(target('express'), undefined, 'a package is not an app module');
    } finally {
      removeProject(root);
    }
  });

  it('ignores a tsconfig above the package (it belongs to something else)', () => {
    const root = makeProject({
      'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["app/lib/*"] } } }',
      'app/package.json': '{ "name": "app" }',
      'app/index.js': '',
      'app/lib/db.js': '',
    });
    try {
      const loader = new ProjectLoader({ baseDir: root });
      assert.equal(loader.readModule('app/index.js', '@lib/db'), undefined);
      assert.equal(loader.readModule('app/index.js', './lib/db')?.fileName, 'app/lib/db.js');
    } finally {
      removeProject(root);
    }
  });
});

describe('@fastify/autoload folders', () => {
  const options = { dir: 'src/routes', prefix: '', dirNameRoutePrefix: true, encapsulate: true, autoHooks: true, cascadeHooks: true };
  const files = ['src/routes/root.ts', 'src/routes/api/index.ts', 'src/routes/api/helpers.ts', 'src/routes/api/autohooks.ts', 'src/routes/api/users/index.ts', 'src/routes/api/users/users.test.ts', 'src/routes/types.d.ts', 'src/plugins/db.ts'];

  it('loads every plugin file below dir, only the index of a folder that has one, with folder prefixes and the autohooks above it', () => {
    const loaded = loadedPlugins(options, files);
    const byFile = new Map(loaded.map((p) => [p.file, p]));
    assert.deepEqual([...byFile.keys()].sort(), ['src/routes/api/autohooks.ts', 'src/routes/api/index.ts', 'src/routes/api/users/index.ts', 'src/routes/root.ts']);
    assert.equal(byFile.get('src/routes/api/users/index.ts')!.folderPrefix, path.join('/api', 'users'));
    assert.deepEqual(byFile.get('src/routes/api/users/index.ts')!.hooks, ['src/routes/api/autohooks.ts'], 'cascadeHooks reaches sub-folders');
    assert.deepEqual(byFile.get('src/routes/root.ts')!.hooks, [], 'no hooks above the api folder');
    assert.equal(byFile.get('src/routes/api/autohooks.ts')!.isHooks, true);
  });

  it('gives no folder prefix with dirNameRoutePrefix: false, and no hooks without autoHooks or below without cascadeHooks', () => {
    const loaded = loadedPlugins({ ...options, dirNameRoutePrefix: false, cascadeHooks: false }, files);
    assert.ok(loaded.every((p) => p.folderPrefix === ''));
    assert.deepEqual(loaded.find((p) => p.file === 'src/routes/api/users/index.ts')!.hooks, []);
    assert.ok(loadedPlugins({ ...options, autoHooks: false }, files).every((p) => p.hooks.length === 0 && !p.isHooks));
    assert.deepEqual(loadedPlugins({ ...options, dir: undefined }, files), []);
  });
});
