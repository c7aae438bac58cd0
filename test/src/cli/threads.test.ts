import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeFiles } from '../../../rules/dist/cli/analyzeFiles';
import { analyzeFilesInThreads, analyzeFilesWithPlan, mergeNotifications } from '../../../rules/dist/cli/parallel';
import { threadPlan, workerCount } from '../../../rules/dist/cli/threads';
import { EXAMPLES, RULES_SOURCE } from '../support/paths';
import { makeProject, parseJsonReport, removeProject, runCliAsync } from './support';

/** Worker threads must not change a single byte of the output. */
describe('CLI worker threads', () => {
  let snapshot: string;

  before(() => {
    // A copy, so that both runs see the same files even while the repository changes.
    snapshot = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sessionlint-threads-')));
    fs.cpSync(EXAMPLES, path.join(snapshot, 'examples'), { recursive: true });
    fs.cpSync(RULES_SOURCE, path.join(snapshot, 'rules'), { recursive: true, filter: (source) => !source.endsWith('.ts') || source.includes(`${path.sep}fixtures${path.sep}`) });
  });

  after(() => fs.rmSync(snapshot, { recursive: true, force: true }));

  it('reports the examples and every rule fixture identically with --threads 1 and 2', async () => {
    // No time budget: on a loaded machine one of the two runs would note a slow file and the other not.
    const args = ['--format', 'json', '--include-tests', '--exit-zero', '--time-budget', '0', '.'];
    const [one, two] = await Promise.all([1, 2].map((n) => runCliAsync(['--threads', String(n), ...args], snapshot)));
    const report = parseJsonReport(one!);
    assert.ok(report.summary.filesChecked > 100, `only ${report.summary.filesChecked} files checked`);
    assert.ok(report.findings.length > 500, `only ${report.findings.length} findings`);
    assert.equal(two!.stdout, one!.stdout);
    assert.equal(two!.status, one!.status);
  });

  it('raises each unusable manifest once, in the order one thread finds them', async () => {
    const files: Record<string, string> = {};
    for (const dir of ['a', 'b', 'c']) {
      files[`${dir}/package.json`] = `{ "name": "${dir}", `;
      for (let i = 0; i < 6; i++) files[`${dir}/src/file${i}.js`] = `const session = require('express-session');\napp.use(session({ secret: 'k${i}', cookie: { secure: false } }));\n`;
    }
    files['c/composer.json'] = 'not json';
    files['c/index.php'] = "<?php\nsession_start(['cookie_httponly' => false]);\n";
    const root = makeProject(files);
    try {
      const args = ['--format', 'json', '--exit-zero', '--time-budget', '0', '.'];
      const [one, two] = await Promise.all([runCliAsync(['--threads', '1', ...args], root), runCliAsync(['--threads', '2', ...args], root)]);
      const report = parseJsonReport(one!);
      assert.deepEqual(
        report.notifications.filter((n) => n.kind === 'project').map((n) => n.file),
        ['a/package.json', 'b/package.json', 'c/package.json', 'c/composer.json'],
      );
      assert.ok(report.findings.length >= 18);
      assert.equal(two!.stdout, one!.stdout);
    } finally {
      removeProject(root);
    }
  });

  it('analyses in the main thread what a worker could not (a worker out of memory)', async () => {
    const files = ['examples/express-insecure', 'examples/fastify-insecure']
      .flatMap((dir) => fs.readdirSync(path.join(snapshot, dir), { recursive: true, encoding: 'utf8' }).map((f) => path.join(snapshot, dir, f)))
      .filter((f) => /\.(js|ts)$/.test(f))
      .sort();
    assert.ok(files.length >= 4);
    const setup = { base: snapshot, settings: { preset: 'strict' as const }, fix: false };
    // A heap far too small to load the parser: every worker dies, the main thread does the work.
    const starved = await analyzeFilesInThreads(files, setup, 2, { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 });
    const single = await analyzeFiles(files, setup);
    assert.ok(single.files.some((f) => f.findings.length > 0));
    assert.deepEqual(starved, single);
  });

  it('puts each report in its place when only some files reach the workers', async () => {
    // Mostly files the main thread screens out, with files to analyse in between: the workers get
    // batches of scattered files, whose reports must land where one thread would put them.
    const files: Record<string, string> = {};
    for (let i = 0; i < 240; i++) {
      files[`src/util${String(i).padStart(3, '0')}.js`] =
        i % 40 === 7
          ? `const session = require('express-session');\napp.use(session({ secret: 'k${i}', cookie: { secure: false } }));\n`
          : `export const add${i} = (a, b) => a + b + ${i};\n`;
    }
    files['src/broken.php'] = "<?php\nsetcookie('sid', $id, ['httponly' => false]);\n";
    const root = makeProject(files);
    try {
      const list = Object.keys(files).sort().map((f) => path.join(root, f));
      const setup = { base: root, settings: {}, fix: false };
      const threaded = await analyzeFilesInThreads(list, setup, 2);
      const single = await analyzeFiles(list, setup);
      assert.deepEqual(threaded, single);
      const oneWorker = await analyzeFilesWithPlan(list, setup, { workers: 1 });
      assert.deepEqual(oneWorker, single);
      assert.equal(single.files.filter((f) => f.findings.length > 0).length, 7, 'six JS files and the PHP file hold findings');
      assert.equal(single.files.filter((f) => f.parsed).length, 7, 'the others are screened out, never parsed');
    } finally {
      removeProject(root);
    }
  });

  it('chooses workers from the cores and the number of files', () => {
    assert.equal(workerCount(10_000, undefined, 1), 0, 'one core: main thread');
    assert.equal(workerCount(50, undefined, 8), 0, 'a small project stays in the main thread');
    assert.equal(workerCount(10_000, undefined, 2), 0, 'two cores: the main thread, V8 takes the second');
    assert.equal(workerCount(10_000, undefined, 3), 2, 'one core is left to the main thread, which screens');
    assert.equal(workerCount(150, undefined, 8), 1);
    assert.equal(workerCount(10_000, undefined, 16), 4, 'at most 4 automatically');
    assert.equal(workerCount(3, 8, 2), 3, '--threads is honoured, but never more workers than files');
    assert.equal(workerCount(10_000, 1, 8), 0, '--threads 1: main thread');
  });

  it('plans no worker on two cores: the main thread analyses every language', () => {
    assert.deepEqual(threadPlan(10_000, undefined, 2), { workers: 0 });
    assert.deepEqual(threadPlan(10_000, undefined, 4), { workers: 3 }, 'more cores: workers for every language');
    assert.deepEqual(threadPlan(10_000, 1, 2), { workers: 0 }, '--threads 1 keeps everything in the main thread');
    assert.deepEqual(threadPlan(10_000, 2, 2), { workers: 2 });
    assert.deepEqual(threadPlan(120, undefined, 2), { workers: 0 }, 'a small project stays in the main thread');
    assert.deepEqual(threadPlan(10_000, undefined, 1), { workers: 0 });
  });

  it('merges project notifications by file index, each once', () => {
    const note = (file: string) => ({ level: 'warning' as const, kind: 'project' as const, message: `${file}: not JSON`, file });
    const merged = mergeNotifications([
      { index: 7, notification: note('b/package.json') },
      { index: 2, notification: note('a/package.json') },
      { index: 9, notification: note('a/package.json') },
      { index: 7, notification: note('b/composer.json') },
    ]);
    assert.deepEqual(
      merged.map((n) => n.file),
      ['a/package.json', 'b/package.json', 'b/composer.json'],
    );
  });
});
