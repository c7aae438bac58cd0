import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/paths';
import { makeProject, removeProject, runCli } from './support';

const COMPILE_CACHE = path.join(REPO_ROOT, 'rules', 'dist', 'runtime', 'compileCache.js');

/** The compile cache a run with this cache home would use (what enableCompileCache() returns), in a fresh process. */
function cacheDirectoryFor(env: NodeJS.ProcessEnv): string {
  const result = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(COMPILE_CACHE)}).enableCompileCache()))`], {
    encoding: 'utf8',
    env: { ...process.env, SESSIONLINT_NO_COMPILE_CACHE: undefined, DISABLE_V8_COMPILE_CACHE: undefined, ...env },
  });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

function filesBelow(directory: string): string[] {
  return fs.existsSync(directory) ? (fs.readdirSync(directory, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => fs.statSync(path.join(directory, f)).isFile()) : [];
}

/** The CLI caches its own compiled modules (TypeScript) in a directory only the user can write. */
describe('CLI compile cache', () => {
  let home: string;
  let project: string;

  beforeEach(() => {
    home = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sessionlint-cache-')));
    // JS (TypeScript's parser comes from the cache) and PHP (web-tree-sitter loads its grammar with a dynamic import).
    project = makeProject({
      'src/app.js': "const session = require('express-session');\napp.use(session({ secret: 'keyboard cat' }));\n",
      'public/index.php': "<?php\nini_set('session.cookie_httponly', '0');\nsession_start();\n",
    });
  });

  afterEach(() => {
    fs.rmSync(home, { recursive: true, force: true });
    removeProject(project);
  });

  it('is written on the first run to a private directory and read on the next, with the same report', () => {
    const env = { ...process.env, XDG_CACHE_HOME: home, SESSIONLINT_NO_COMPILE_CACHE: undefined, DISABLE_V8_COMPILE_CACHE: undefined };
    // No time budget: whether a file is noted (or stopped) as slow depends on the machine's load, not on the cache.
    const first = runCli(['--format', 'json', '--time-budget', '0', '.'], project, { env });
    const cache = path.join(home, 'sessionlint', 'compile-cache');
    const written = filesBelow(cache);
    assert.ok(written.length > 0, 'the first run writes the cache');
    if (process.platform !== 'win32') assert.equal(fs.statSync(cache).mode & 0o777, 0o700);
    const second = runCli(['--format', 'json', '--time-budget', '0', '.'], project, { env });
    const uncached = runCli(['--format', 'json', '--time-budget', '0', '.'], project, { env: { ...env, SESSIONLINT_NO_COMPILE_CACHE: '1' } });
    assert.equal(first.stdout, uncached.stdout);
    assert.equal(second.stdout, uncached.stdout);
    assert.equal(second.status, uncached.status);
    const report = JSON.parse(second.stdout) as { findings: { file: string }[]; notifications: unknown[] };
    assert.deepEqual([...new Set(report.findings.map((f) => f.file))].sort(), ['public/index.php', 'src/app.js']);
    assert.deepEqual(report.notifications, []);
  });

  it('is not used when turned off', () => {
    const env = { ...process.env, XDG_CACHE_HOME: home, SESSIONLINT_NO_COMPILE_CACHE: '1' };
    const run = runCli(['--format', 'json', '.'], project, { env });
    assert.ok(JSON.parse(run.stdout).findings.length > 0);
    assert.equal(fs.existsSync(path.join(home, 'sessionlint')), false);
  });

  it('is not used in a directory others can write, or where none can be made', function () {
    if (process.platform === 'win32') this.skip();
    const shared = path.join(home, 'sessionlint', 'compile-cache');
    fs.mkdirSync(shared, { recursive: true });
    fs.chmodSync(shared, 0o777);
    assert.equal(cacheDirectoryFor({ XDG_CACHE_HOME: home }), 'undefined', 'a directory others can write could hold planted code');
    const file = path.join(home, 'not-a-directory');
    fs.writeFileSync(file, '');
    assert.equal(cacheDirectoryFor({ XDG_CACHE_HOME: file }), 'undefined');
    assert.equal(cacheDirectoryFor({ XDG_CACHE_HOME: 'relative/path', HOME: file }), 'undefined');
    // Without a usable cache the CLI works as before.
    const run = runCli(['--format', 'json', '.'], project, { env: { ...process.env, XDG_CACHE_HOME: file } });
    assert.equal(run.status, 1);
    assert.ok(JSON.parse(run.stdout).findings.length > 0);
  });
});
