import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/paths';

const SCRIPT = path.join(REPO_ROOT, 'scripts', 'real-corpus.mjs');

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();
}

/** scripts/real-corpus.mjs on a mirror made here: a bare repository as the fetch tool leaves one. */
describe('scripts/real-corpus.mjs', function () {
  this.timeout(60_000);
  let dir: string;
  let commit: string;
  const run = (): { status: number | null; stdout: string } => {
    const env = { ...process.env, SESSIONLINT_MIRRORS: path.join(dir, 'mirrors'), SESSIONLINT_CORPUS_LISTS: path.join(dir, 'lists'), SESSIONLINT_CORPUS_ROOT: path.join(dir, 'corpus') };
    const result = spawnSync(process.execPath, [SCRIPT, 'bench'], { env, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout + result.stderr };
  };

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sessionlint-real-corpus-'));
    const work = path.join(dir, 'work');
    fs.mkdirSync(path.join(work, 'src'), { recursive: true });
    fs.writeFileSync(path.join(work, 'src', 'app.js'), "const session = require('express-session');\n");
    fs.writeFileSync(path.join(work, 'video.bin'), 'a large file the snapshot leaves out\n');
    git(work, 'init', '-q');
    git(work, 'add', '.');
    git(work, 'commit', '-q', '-m', 'app');
    commit = git(work, 'rev-parse', 'HEAD');
    const mirror = path.join(dir, 'mirrors', 'acme+app', 'repo');
    // A push of a few objects arrives unpacked (receive.unpackLimit), so one blob can be taken out.
    fs.mkdirSync(mirror, { recursive: true });
    git(mirror, 'init', '-q', '--bare');
    git(work, 'push', '-q', mirror, 'HEAD:refs/heads/main');
    // The snapshot lacks the large blob, as the fetch tool's do (files of 4 MiB and more).
    const blob = git(mirror, 'rev-parse', `${commit}:video.bin`);
    fs.rmSync(path.join(mirror, 'objects', blob.slice(0, 2), blob.slice(2)));
    fs.mkdirSync(path.join(dir, 'lists'));
    const list = [
      { repo: 'acme/app', commit, kind: 'express-app', why: 'made by the test' },
      { repo: 'acme/absent', commit, kind: 'express-app', why: 'no mirror' },
    ];
    fs.writeFileSync(path.join(dir, 'lists', 'bench.json'), JSON.stringify(list));
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('extracts the pinned commit without the blobs the mirror lacks, and names what to fetch', () => {
    const first = run();
    assert.equal(first.status, 1, first.stdout);
    const tree = path.join(dir, 'corpus', 'bench', 'acme+app');
    assert.equal(fs.readFileSync(path.join(tree, 'src', 'app.js'), 'utf8'), "const session = require('express-session');\n");
    assert.equal(fs.existsSync(path.join(tree, 'video.bin')), false);
    assert.match(first.stdout, /acme\/app: extracted without 1 files absent from the mirror/);
    assert.equal(fs.readFileSync(`${tree}.commit`, 'utf8').trim(), commit);
    assert.match(first.stdout, /github:acme\/absent/);
  });

  it('keeps a repository already extracted at its commit', () => {
    const second = run();
    assert.match(second.stdout, /bench: 2 repositories in \.corpus\/bench\/ \(0 extracted, 1 already there\)/);
  });

  it('refuses a list entry without a 40-hex commit', () => {
    fs.writeFileSync(path.join(dir, 'lists', 'bench.json'), JSON.stringify([{ repo: 'acme/app', commit: 'main', kind: 'x', why: 'y' }]));
    const bad = run();
    assert.equal(bad.status, 2);
    assert.match(bad.stdout, /needs repo "owner\/name" and a 40-hex commit/);
  });
});
