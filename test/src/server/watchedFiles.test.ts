import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { READ_MARK } from './readMark';
import { delay } from './lspClient';
import { uriOf } from './inputs';
import { changeOnDisk, latestOf, publishedCount, serverPerTest } from './workspaceApps';

/** Files of real applications whose change on disk can change a finding in another, open file. */
const READ_BY_THE_MODEL = [
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'packages/api/pnpm-lock.yaml',
  'composer.json',
  'composer.lock',
  'tsconfig.json',
  'apps/web/tsconfig.app.json',
  'jsconfig.json',
  'sessionlint.config.json',
  'src/routes/auth.routes.ts',
  'controllers/auth.js',
  'routes/web.php',
  'app/Http/Middleware/VerifyCsrfToken.php',
  'config/packages/security.yaml',
  'sites/default/services.yml',
];

describe('server: files watched on disk', function () {
  this.timeout(60_000);
  const servers = serverPerTest();

  it('asks the client to watch every kind of file the application model reads', async () => {
    const client = await servers.start({});
    const registration = await client.waitFor(() => client.registrations.find((r) => r.method === DidChangeWatchedFilesNotification.method), 'the file watcher registration');
    const globs = (registration.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern);
    const watched = picomatch(globs, { dot: true });
    for (const file of READ_BY_THE_MODEL) assert.ok(watched(file), `${file} is watched (${globs.join(', ')})`);
    for (const file of ['README.md', 'public/logo.png', 'storage/logs/laravel.log']) assert.ok(!watched(file), `${file} is not watched`);
  });

  it('a burst of changes on disk analyses the documents that read the file once, and no other', async () => {
    const dir = servers.app('express', 'service-renewal-secure');
    const other = servers.app('express', 'csurf-order');
    const client = await servers.start({ workspaceFolders: [dir, other], debounceMs: 150 });
    const controller = uriOf(path.join(dir, 'controllers', 'auth.js'));
    const otherApp = uriOf(path.join(other, 'app.js'));
    await client.open(controller, 'javascript', fs.readFileSync(path.join(dir, 'controllers', 'auth.js'), 'utf8'));
    await client.open(otherApp, 'javascript', fs.readFileSync(path.join(other, 'app.js'), 'utf8'));
    await client.diagnosticsFor(controller, 1);
    await client.diagnosticsFor(otherApp, 1);
    const before = { controller: publishedCount(client, controller), other: publishedCount(client, otherApp) };

    // A checkout rewrites the service five times within 100 ms; the last text drops the renewal.
    const service = path.join(dir, 'services', 'sessions.js');
    const renewing = fs.readFileSync(service, 'utf8');
    for (let i = 0; i < 5; i++) {
      fs.writeFileSync(service, i % 2 === 0 ? renewing.replace('req.session.regenerate.bind(req.session)', 'req.session.save.bind(req.session)') : renewing);
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(service), type: FileChangeType.Changed }] });
      await delay(20);
    }
    await client.waitFor(() => (publishedCount(client!, controller) > before.controller ? true : undefined), 'the controller analysed again');
    await delay(400);
    assert.equal(publishedCount(client, controller), before.controller + 1, 'one analysis after the burst');
    assert.equal(latestOf(client, controller, 'session-regenerate-on-login').length, 1, 'with the last text on disk');
    assert.equal(publishedCount(client, otherApp), before.other, 'the other package was not analysed again');
  });

  it('a source created in the package re-analyses the app; build output and installed packages do not', async () => {
    const dir = servers.app('express', 'service-renewal-secure');
    const client = await servers.start({ workspaceFolders: [dir], debounceMs: 20 });
    const appUri = uriOf(path.join(dir, 'app.js'));
    await client.open(appUri, 'javascript', fs.readFileSync(path.join(dir, 'app.js'), 'utf8'));
    await client.diagnosticsFor(appUri, 1);
    const published = publishedCount(client, appUri);
    const router = "const { Router } = require('express');\n\nmodule.exports = Router();\n";
    await changeOnDisk(client, path.join(dir, 'dist', 'routes', 'auth.js'), router);
    await changeOnDisk(client, path.join(dir, 'node_modules', 'express-session', 'index.js'), 'module.exports = function session() {};\n');
    await delay(300);
    assert.equal(publishedCount(client, appUri), published, 'files the app model never lists change nothing');
    await changeOnDisk(client, path.join(dir, 'routes', 'admin.js'), router);
    await client.waitFor(() => (publishedCount(client!, appUri) > published ? true : undefined), 'app.js analysed again for a new router of its package');
  });

  it('typing in an open file reads nothing from the workspace', async () => {
    const dir = servers.app('express', 'service-renewal-secure');
    const client = await servers.start({ workspaceFolders: [dir], debounceMs: 20, nodeArgs: ['--require', path.join(__dirname, 'countReads.js')] });
    const appFile = path.join(dir, 'app.js');
    const appUri = uriOf(appFile);
    const text = fs.readFileSync(appFile, 'utf8');
    await client.open(appUri, 'javascript', text);
    await client.diagnosticsFor(appUri, 1);
    const readsOfWorkspace = (): string[] =>
      client.stderr
        .split('\n')
        .filter((line) => line.startsWith(READ_MARK))
        .map((line) => line.slice(READ_MARK.length))
        .filter((file) => file.startsWith(dir));
    const onOpen = readsOfWorkspace();
    for (const file of ['package.json', 'routes/auth.js', 'controllers/auth.js']) assert.ok(onOpen.includes(path.join(dir, file)), `the first analysis reads ${file} (${onOpen.join(', ')})`);

    // Ten keystrokes, each analysed: the session cookie's maxAge typed digit by digit.
    let typed = text;
    for (const digit of '1234567890') {
      typed = typed.replace('maxAge: 30', `maxAge: ${digit}30`);
      const version = await client.replaceText(appUri, typed);
      await client.diagnosticsFor(appUri, version);
    }
    assert.deepEqual(readsOfWorkspace().slice(onOpen.length), [], 'no workspace file read again while typing');
  });
});
