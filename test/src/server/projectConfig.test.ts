import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { byCode, uriOf } from './inputs';
import { serverPerTest } from './workspaceApps';

const APP = [
  "const session = require('express-session');",
  'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { httpOnly: false } }));',
  '',
].join('\n');

/** The editor reads the project's sessionlint.config.json (as data), so it reports what the CLI reports. */
describe('server: sessionlint.config.json', function () {
  const servers = serverPerTest();
  let dir: string;

  beforeEach(() => {
    dir = servers.emptyDir();
  });

  it('applies the rules of the project config, re-reads it when it changes, and lets editor settings win', async () => {
    const config = path.join(dir, 'sessionlint.config.json');
    fs.writeFileSync(config, JSON.stringify({ rules: { 'cookie-httponly': 'off' } }));
    const client = await servers.start({ workspaceFolders: [dir] });
    const uri = uriOf(path.join(dir, 'src', 'app.js'));
    await client.open(uri, 'javascript', APP);
    const first = (await client.diagnosticsFor(uri, 1)).diagnostics;
    assert.equal(byCode(first, 'cookie-httponly').length, 0, 'turned off by the project config');
    assert.ok(first.length > 0, 'the other rules still report');

    fs.writeFileSync(config, JSON.stringify({ rules: { 'cookie-httponly': 'info' } }));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(config), type: FileChangeType.Changed }] });
    await client.waitFor(() => (byCode(client.latest(uri)?.diagnostics ?? [], 'cookie-httponly').length === 1 ? true : undefined), 're-validation after the config changed');
    assert.equal(byCode(client.latest(uri)!.diagnostics, 'cookie-httponly')[0]!.severity, 3, 'info from the project config');
  });

  it('takes the thresholds of the config\'s "standard" (ASVS L3: 15 minutes idle); the editor\'s sessionlint.standard wins', async () => {
    const rolling = APP.replace('cookie: { httpOnly: false }', 'rolling: true, cookie: { maxAge: 20 * 60 * 1000 }');
    fs.writeFileSync(path.join(dir, 'sessionlint.config.json'), JSON.stringify({ standard: 'asvs-l3' }));
    let client = await servers.start({ workspaceFolders: [dir] });
    const uri = uriOf(path.join(dir, 'src', 'app.js'));
    await client.open(uri, 'javascript', rolling);
    const idle = byCode((await client.diagnosticsFor(uri, 1)).diagnostics, 'session-idle-timeout');
    assert.equal(idle.length, 1, '20 minutes idle is over ASVS L3\'s 15');
    await client.stop();
    client = await servers.start({ workspaceFolders: [dir], settings: { standard: 'asvs-l2' } });
    await client.open(uri, 'javascript', rolling);
    assert.equal(byCode((await client.diagnosticsFor(uri, 1)).diagnostics, 'session-idle-timeout').length, 0, 'the editor setting (L2: 30 minutes) wins');
  });

  it('skips files the config ignores', async () => {
    fs.writeFileSync(path.join(dir, 'sessionlint.config.json'), JSON.stringify({ ignorePatterns: ['legacy/**'] }));
    const client = await servers.start({ workspaceFolders: [dir] });
    const ignored = uriOf(path.join(dir, 'legacy', 'app.js'));
    const checked = uriOf(path.join(dir, 'src', 'app.js'));
    await client.open(ignored, 'javascript', APP);
    await client.open(checked, 'javascript', APP);
    assert.ok((await client.diagnosticsFor(checked, 1)).diagnostics.length > 0);
    assert.equal((await client.diagnosticsFor(ignored, 1)).diagnostics.length, 0);
  });

  it('editor rule settings override the project config', async () => {
    fs.writeFileSync(path.join(dir, 'sessionlint.config.json'), JSON.stringify({ rules: { 'cookie-httponly': 'off' } }));
    const client = await servers.start({ workspaceFolders: [dir], settings: { rules: { 'cookie-httponly': 'warn' } } });
    const uri = uriOf(path.join(dir, 'src', 'app.js'));
    await client.open(uri, 'javascript', APP);
    const found = byCode((await client.diagnosticsFor(uri, 1)).diagnostics, 'cookie-httponly');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 2);
  });
});
