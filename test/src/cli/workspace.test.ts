import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError, loadConfig, parseConfig, ProjectLoader, readSourceFile, walkFiles } from '../../../rules/dist/workspace';
import { makeProject, removeProject } from './support';

const js = (file: string): boolean => /\.(js|ts)$/.test(file);

describe('workspace (shared by the CLI and the language server)', () => {
  describe('walkFiles', () => {
    it('lists files with .gitignore rules applied level by level, and ignorePatterns relative to their base', async () => {
      const root = makeProject({
        '.gitignore': '*.log.js\ndist/\n',
        'a.js': '',
        'b.log.js': '',
        'dist/out.js': '',
        'pkg/.gitignore': '!important.log.js\nscratch.js\n',
        'pkg/important.log.js': '',
        'pkg/scratch.js': '',
        'pkg/other.log.js': '',
        'pkg/readme.md': '',
        'vendor/lib.js': '',
        'node_modules/x/index.js': '',
      });
      try {
        const result = await walkFiles({ directories: [root], includeFile: js, ignorePatterns: ['vendor/**'], patternBase: root });
        assert.deepEqual(result.files.map((f) => path.relative(root, f).split(path.sep).join('/')), ['a.js', 'pkg/important.log.js']);
        assert.deepEqual(result.problems, []);
        const unfiltered = await walkFiles({ directories: [root], includeFile: js, gitignore: false });
        assert.equal(unfiltered.files.length, 7, 'everything but node_modules without .gitignore');
      } finally {
        removeProject(root);
      }
    });

    it("skips Composer's vendor folder (it holds autoload.php), not any folder named vendor", async () => {
      const php = (file: string): boolean => /\.(js|php)$/.test(file);
      const root = makeProject({
        'composer.json': '{}',
        'app/Http/Kernel.php': '<?php',
        'vendor/autoload.php': '<?php',
        'vendor/laravel/framework/src/Illuminate/Session/Middleware/StartSession.php': '<?php',
        'public/vendor/chart.js': '',
      });
      try {
        const result = await walkFiles({ directories: [root], includeFile: php });
        assert.deepEqual(result.files.map((f) => path.relative(root, f).split(path.sep).join('/')), ['app/Http/Kernel.php', 'public/vendor/chart.js']);
      } finally {
        removeProject(root);
      }
    });

    it('walks an ignored directory that was asked for by name, with only the .gitignore files inside it', async () => {
      const root = makeProject({ '.gitignore': 'dist/\n', 'dist/app.js': '', 'dist/.gitignore': 'maps/\n', 'dist/maps/app.js': '' });
      try {
        const result = await walkFiles({ directories: [path.join(root, 'dist')], includeFile: js });
        assert.deepEqual(result.files, [path.join(root, 'dist', 'app.js')]);
      } finally {
        removeProject(root);
      }
    });

    it('reports symbolic-link loops instead of following or throwing', async function () {
      const root = makeProject({ 'a.js': '' });
      try {
        try {
          fs.symlinkSync('b.js', path.join(root, 'c.js'));
          fs.symlinkSync('c.js', path.join(root, 'b.js'));
          fs.symlinkSync('..', path.join(root, 'parent'));
        } catch {
          this.skip();
        }
        const result = await walkFiles({ directories: [root], includeFile: js });
        assert.deepEqual(result.files, [path.join(root, 'a.js')]);
        assert.deepEqual(result.problems.map((p) => [p.kind, path.basename(p.path)]).sort(), [['symlink-loop', 'b.js'], ['symlink-loop', 'c.js']]);
      } finally {
        removeProject(root);
      }
    });
  });

  describe('ProjectLoader', () => {
    it('merges dependencies and devDependencies of the nearest package.json, and require/require-dev of composer.json', () => {
      const root = makeProject({
        'package.json': JSON.stringify({ dependencies: { express: '^4.0.0' }, devDependencies: { mocha: '10.0.0' }, scripts: { postinstall: 'exit 1' } }),
        'composer.json': JSON.stringify({ require: { php: '^8.2' }, 'require-dev': { 'phpunit/phpunit': '^11' } }),
        'packages/api/package.json': JSON.stringify({ dependencies: { 'express-session': '1.18.1', weird: 42 } }),
        'packages/api/src/app.js': '',
        'src/app.js': '',
      });
      try {
        const loader = new ProjectLoader({ baseDir: root });
        assert.deepEqual(loader.contextFor('src/app.js').dependencies, { php: '^8.2', 'phpunit/phpunit': '^11', express: '^4.0.0', mocha: '10.0.0' });
        assert.deepEqual(loader.contextFor(path.join(root, 'packages/api/src/app.js')).dependencies, { php: '^8.2', 'phpunit/phpunit': '^11', 'express-session': '1.18.1' });
        assert.equal(loader.contextFor('src/other.js'), loader.contextFor('src/app.js'), 'cached per directory');
      } finally {
        removeProject(root);
      }
    });

    it('looks above the workspace root only where the workspace can be part of the package found there', () => {
      const root = makeProject({
        'package.json': JSON.stringify({ name: 'tool', dependencies: { mocha: '10.0.0' } }),
        // A checkout without a root package.json (NodeBB generates its own at install), kept in a hidden folder of another project.
        '.corpus/precision/NodeBB+NodeBB/src/routes/authentication.js': '',
        '.corpus/precision/NodeBB+NodeBB/tsconfig.json': '{}',
        'node_modules/left-pad/lib/index.js': '',
        'packages/api/package.json': JSON.stringify({ dependencies: { 'express-session': '1.18.1' } }),
        'packages/api/src/routes/login.js': '',
      });
      try {
        const checkout = path.join(root, '.corpus', 'precision');
        const corpus = new ProjectLoader({ baseDir: checkout });
        assert.deepEqual(corpus.contextFor('NodeBB+NodeBB/src/routes/authentication.js').dependencies, {}, 'not the enclosing project’s');
        assert.deepEqual(
          corpus.projectFilesOf('NodeBB+NodeBB/src/routes/authentication.js').filter((f) => f.endsWith('package.json')).map((f) => path.relative(root, f).split(path.sep).join('/')),
          ['.corpus/precision/NodeBB+NodeBB/src/routes/package.json', '.corpus/precision/NodeBB+NodeBB/src/package.json', '.corpus/precision/NodeBB+NodeBB/package.json', '.corpus/precision/package.json', '.corpus/package.json'],
          'the editor watches up to where the search stops (a package.json in .corpus/ would own the folder)',
        );
        assert.deepEqual(new ProjectLoader({ baseDir: path.join(root, 'node_modules', 'left-pad') }).contextFor('lib/index.js').dependencies, {});
        // A folder opened inside a package is part of it.
        assert.deepEqual(new ProjectLoader({ baseDir: path.join(root, 'packages', 'api', 'src') }).contextFor('routes/login.js').dependencies, { 'express-session': '1.18.1' });
        // Checked from the enclosing project, the hidden folder is its own: the search is bounded by the workspace, not by the folder's name.
        assert.deepEqual(new ProjectLoader({ baseDir: root }).contextFor('.corpus/precision/NodeBB+NodeBB/src/routes/authentication.js').dependencies, { mocha: '10.0.0' });
      } finally {
        removeProject(root);
      }
    });

    it('reports a manifest that is not JSON once, with no dependencies', () => {
      const root = makeProject({ 'package.json': '{ "dependencies": ', 'a.js': '', 'lib/b.js': '' });
      try {
        const problems: string[] = [];
        const loader = new ProjectLoader({ baseDir: root, onProblem: (p) => problems.push(p.kind) });
        assert.deepEqual(loader.contextFor('a.js').dependencies, {});
        assert.deepEqual(loader.contextFor('lib/b.js').dependencies, {});
        assert.deepEqual(problems, ['invalid-manifest']);
      } finally {
        removeProject(root);
      }
    });

    it('readModule resolves relative specifiers with extension probing, index files and .js → .ts; not packages', () => {
      const root = makeProject({
        'src/app.ts': '',
        'src/config.ts': 'export const a = 1;',
        'src/options/index.js': 'module.exports = {};',
        'src/esm.mts': 'export default {};',
        'src/data.json': '{}',
        'big.js': 'x'.repeat(2048),
      });
      try {
        const loader = new ProjectLoader({ baseDir: root, maxModuleBytes: 1024 });
        assert.deepEqual(loader.readModule('src/app.ts', './config'), { fileName: 'src/config.ts', text: 'export const a = 1;' });
        assert.equal(loader.readModule('src/app.ts', './config.js')?.fileName, 'src/config.ts');
        assert.equal(loader.readModule('src/app.ts', './options')?.fileName, 'src/options/index.js');
        assert.equal(loader.readModule('src/app.ts', './esm.mjs')?.fileName, 'src/esm.mts');
        assert.equal(loader.readModule(path.join(root, 'src/app.ts'), './config')?.fileName, path.join(root, 'src', 'config.ts'), 'absolute in, absolute out');
        assert.equal(loader.readModule('src/app.ts', 'express'), undefined);
        assert.equal(loader.readModule('src/app.ts', './data'), undefined, 'JSON is not a module it reads');
        assert.equal(loader.readModule('src/app.ts', './missing'), undefined);
        assert.equal(loader.readModule('src/app.ts', '../big'), undefined, 'larger than the cap');
        fs.writeFileSync(path.join(root, 'src', 'config.ts'), 'export const a = 2;');
        assert.equal(loader.readModule('src/app.ts', './config')?.text, 'export const a = 1;', 'cached');
        loader.invalidate(path.join(root, 'src', 'config.ts'));
        assert.equal(loader.readModule('src/app.ts', './config')?.text, 'export const a = 2;');
      } finally {
        removeProject(root);
      }
    });

    it("phpSources lists an application's PHP files (composer.json's folder, else the base directory), without vendor/ or nested Composer packages, and again after a file is created", () => {
      const root = makeProject({
        'lib/session.php': '<?php session_start();',
        'admin/add-car.php': "<?php require '../lib/session.php';",
        'index.html': '',
        'vendor/autoload.php': '<?php',
        'tools/composer.json': '{}',
        'tools/bin.php': '<?php',
        '.cache/old.php': '<?php',
      });
      try {
        const loader = new ProjectLoader({ baseDir: root });
        const sources = loader.phpSources('lib/session.php');
        assert.deepEqual(sources?.files, ['admin/add-car.php', 'lib/session.php']);
        assert.equal(sources?.read('admin/add-car.php'), "<?php require '../lib/session.php';");
        assert.deepEqual(loader.phpSources('tools/bin.php')?.files, ['tools/bin.php'], 'a nested composer.json is its own application');
        assert.equal(loader.contextFor('lib/session.php').phpSources?.('lib/session.php')?.files, sources?.files, 'every face asks the same loader');
        fs.writeFileSync(path.join(root, 'admin', 'add-service.php'), '<?php');
        loader.invalidate(path.join(root, 'admin', 'add-service.php'));
        assert.deepEqual(loader.phpSources('lib/session.php')?.files, ['admin/add-car.php', 'admin/add-service.php', 'lib/session.php']);
        assert.equal(loader.phpSources(path.join(root, '..', 'elsewhere.php')), undefined, 'nothing outside the base directory without a composer.json');
      } finally {
        removeProject(root);
      }
    });
  });

  describe('config', () => {
    it('finds sessionlint.config.json upwards and warns about script configs it never executes', () => {
      const root = makeProject({
        'sessionlint.config.json': JSON.stringify({ preset: 'strict', rules: { 'cookie-secure': ['warn', { x: 1 }], 'not-a-rule': 'off' }, ignorePatterns: ['gen/**'] }),
        'sessionlint.config.js': "require('fs').writeFileSync('MARKER', '')",
        'app/src/.keep': '',
        'other/sessionlint.config.mjs': 'export default {}',
      });
      try {
        const config = loadConfig({ searchFrom: path.join(root, 'app', 'src'), knownRuleIds: ['cookie-secure'] });
        assert.equal(config.file, path.join(root, 'sessionlint.config.json'));
        assert.deepEqual(config.settings, { preset: 'strict', rules: { 'cookie-secure': ['warn', { x: 1 }], 'not-a-rule': 'off' } });
        assert.deepEqual(config.ignorePatterns, ['gen/**']);
        assert.equal(config.warnings.length, 2);
        assert.match(config.warnings[0]!, /sessionlint\.config\.js was not read/);
        assert.match(config.warnings[1]!, /unknown rule 'not-a-rule'/);
        const scriptOnly = loadConfig({ searchFrom: path.join(root, 'other') });
        assert.equal(scriptOnly.file, undefined);
        assert.deepEqual(scriptOnly.settings, {});
        assert.match(scriptOnly.warnings[0]!, /sessionlint\.config\.mjs was not read/);
        assert.equal(fs.existsSync(path.join(root, 'MARKER')), false);
      } finally {
        removeProject(root);
      }
    });

    it('rejects configs of the wrong shape with a message naming the problem', () => {
      const cases: [string, RegExp][] = [
        ['[]', /must be a JSON object/],
        ['{"rules": {"a": ["warn", 1]}}', /rules\.a\[1\] must be an object/],
        ['{"rules": {"a": []}}', /rules\.a must be one of/],
        ['{"testFiles": "skip"}', /testFiles must be one of 'check', 'downgrade', 'ignore'/],
        ['{"envDependent": true}', /envDependent must be one of/],
        ['{"ignorePatterns": "dist"}', /ignorePatterns' must be an array/],
        ['module.exports = {}', /not valid JSON.*never executes/],
      ];
      for (const [text, message] of cases) {
        assert.throws(() => parseConfig(text, 'sessionlint.config.js'), (error: unknown) => error instanceof ConfigError && message.test(error.message), text);
      }
    });
  });

  describe('readSourceFile', () => {
    it('strips and remembers a BOM, refuses binary files and directories, flags invalid UTF-8', () => {
      const root = makeProject({
        'bom.js': Buffer.from([0xef, 0xbb, 0xbf, 0x61]),
        'bin.js': Buffer.from([0x61, 0, 0x62]),
        'latin1.js': Buffer.from([0x63, 0xe9, 0x0a]),
        'dir.js/x': '',
      });
      try {
        const bom = readSourceFile(path.join(root, 'bom.js'));
        assert.ok(bom.ok && bom.text === 'a' && bom.bom && bom.validUtf8);
        const bin = readSourceFile(path.join(root, 'bin.js'));
        assert.ok(!bin.ok && bin.reason === 'binary');
        const latin1 = readSourceFile(path.join(root, 'latin1.js'));
        assert.ok(latin1.ok && !latin1.validUtf8 && latin1.text === 'c\ufffd\n');
        const dir = readSourceFile(path.join(root, 'dir.js'));
        assert.ok(!dir.ok && dir.reason === 'unreadable');
        const tooLarge = readSourceFile(path.join(root, 'bom.js'), 2);
        assert.ok(!tooLarge.ok && tooLarge.reason === 'too-large');
      } finally {
        removeProject(root);
      }
    });

    it('reads file after file into one buffer without one read spoiling another, large files too', () => {
      const big = `const pad = '${'x'.repeat(1_500_000)}';\n`;
      const root = makeProject({ 'a.js': 'const a = 1;\n', 'b.js': 'b\n', 'big.js': big, 'c.js': 'const é = "ü";\n' });
      try {
        const a = readSourceFile(path.join(root, 'a.js'), undefined, { keepBytes: false });
        const b = readSourceFile(path.join(root, 'b.js'));
        const large = readSourceFile(path.join(root, 'big.js'), 4 * 1024 * 1024, { keepBytes: false });
        const c = readSourceFile(path.join(root, 'c.js'));
        assert.ok(a.ok && b.ok && large.ok && c.ok);
        assert.equal(a.text, 'const a = 1;\n');
        assert.equal(a.bytes, undefined, 'no copy of the bytes unless asked');
        assert.equal(b.text, 'b\n');
        assert.deepEqual(b.bytes, Buffer.from('b\n'), 'the kept bytes are a copy, not the shared buffer');
        assert.equal(large.text, big);
        assert.equal(large.byteLength, Buffer.byteLength(big));
        assert.equal(c.text, 'const é = "ü";\n');
        assert.equal(c.byteLength, Buffer.byteLength('const é = "ü";\n'));
      } finally {
        removeProject(root);
      }
    });
  });
});
