import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeProject, parseJsonReport, removeProject, runCli, SNIPPETS } from './support';

const filesWithFindings = (cwd: string, args: readonly string[] = []): string[] =>
  [...new Set(parseJsonReport(runCli(['--format', 'json', ...args], cwd)).findings.map((f) => f.file))].sort();

describe('CLI: which files are read', () => {
  it('respects .gitignore files (nested ones and negations too) and skips node_modules', () => {
    const project = makeProject({
      '.gitignore': 'build/\n*.generated.js\n!keep.generated.js\n',
      'app.js': SNIPPETS.insecureCookie,
      'build/app.js': SNIPPETS.insecureCookie,
      'api.generated.js': SNIPPETS.insecureCookie,
      'keep.generated.js': SNIPPETS.insecureCookie,
      'packages/web/.gitignore': 'local/\n',
      'packages/web/local/app.js': SNIPPETS.insecureCookie,
      'packages/web/src/app.js': SNIPPETS.insecureCookie,
      'node_modules/express-helpers/index.js': SNIPPETS.insecureCookie,
      'packages/web/node_modules/dep/index.js': SNIPPETS.insecureCookie,
    });
    try {
      assert.deepEqual(filesWithFindings(project), ['app.js', 'keep.generated.js', 'packages/web/src/app.js']);
      // A file named on the command line is read even when .gitignore lists it.
      assert.deepEqual(filesWithFindings(project, ['build/app.js']), ['build/app.js']);
    } finally {
      removeProject(project);
    }
  });

  it('applies the .gitignore files of the repository above the scanned folder', () => {
    const project = makeProject({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'generated/\n',
      'services/api/app.js': SNIPPETS.insecureCookie,
      'services/api/generated/client.js': SNIPPETS.insecureCookie,
    });
    try {
      assert.deepEqual(filesWithFindings(path.join(project, 'services', 'api')), ['app.js']);
    } finally {
      removeProject(project);
    }
  });

  it('turns unreadable, binary, unparsable and dangling files and symbolic-link loops into notifications, not crashes', function () {
    const project = makeProject({
      'app.js': SNIPPETS.insecureCookie,
      'bundle.js': Buffer.concat([Buffer.from("res.cookie('session', id);"), Buffer.from([0, 0, 0, 1, 2, 3])]),
      'broken.js': "const options = {{ res.cookie('session', id, {\n",
      'weird.js/index.js': SNIPPETS.secureCookie,
    });
    try {
      try {
        fs.symlinkSync('loop.js', path.join(project, 'loop.js'));
        fs.symlinkSync('missing-target.js', path.join(project, 'dangling.js'));
        fs.symlinkSync('.', path.join(project, 'self'));
      } catch {
        this.skip(); // no symbolic links on this system
      }
      const run = runCli(['--format', 'json'], project);
      assert.equal(run.status, 1, run.stderr);
      const report = parseJsonReport(run);
      assert.deepEqual([...new Set(report.findings.map((f) => f.file))], ['app.js']);
      const byFile = new Map(report.notifications.map((n) => [n.file, n]));
      assert.match(byFile.get('bundle.js')?.message ?? '', /binary file/);
      assert.equal(byFile.get('broken.js')?.kind, 'parse');
      assert.match(byFile.get('dangling.js')?.message ?? '', /ENOENT/);
      assert.match(byFile.get('loop.js')?.message ?? '', /symbolic link loop/);
      assert.ok(!report.notifications.some((n) => n.file?.startsWith('self')), 'a symlink to a directory is not followed');
      const stylish = runCli([], project);
      assert.match(stylish.stdout, /warning: bundle\.js was not analysed: binary file/);
      assert.match(stylish.stdout, /notifications \(files or rules that could not be fully analysed\)/);
    } finally {
      removeProject(project);
    }
  });

  it('reports a directory it may not read and goes on with the others', function () {
    if (process.platform === 'win32') this.skip();
    const project = makeProject({ 'app.js': SNIPPETS.insecureCookie, 'private/app.js': SNIPPETS.insecureCookie });
    try {
      fs.chmodSync(project, 0o755);
      fs.chmodSync(path.join(project, 'private'), 0o000);
      const run = runCli(['--format', 'json'], project, { enforcePermissions: true });
      assert.equal(run.status, 1, run.stderr);
      const report = parseJsonReport(run);
      assert.deepEqual([...new Set(report.findings.map((f) => f.file))], ['app.js']);
      const notification = report.notifications.find((n) => n.kind === 'walk');
      assert.ok(notification, JSON.stringify(report.notifications));
      assert.equal(notification.file, 'private');
      assert.match(notification.message, /EACCES/);
    } finally {
      removeProject(project);
    }
  });
});
