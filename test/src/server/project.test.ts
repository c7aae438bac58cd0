import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { allRules } from '../../../rules/dist/rules';
import { LspTestClient } from './lspClient';
import { byCode, tempDir, uriOf } from './inputs';

const LOGIN_ROUTE = [
  "const express = require('express');",
  "const session = require('express-session');",
  '',
  'const app = express();',
  'app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));',
  '',
  "app.post('/login', async (req, res, next) => {",
  '  const user = await verifyPassword(req.body.email, req.body.password);',
  '  req.session.regenerate((err) => {',
  '    if (err) return next(err);',
  '    req.session.userId = user.id;',
  "    res.redirect('/');",
  '  });',
  '});',
  '',
].join('\n');

describe('server: project facts', function () {
  let dir: string;
  let client: LspTestClient;

  beforeEach(() => {
    dir = tempDir();
  });

  afterEach(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads dependency versions from package.json and re-validates when it changes', async function () {
    // login-rate-limit stays silent when the project depends on a rate limiter this file does not show.
    if (!allRules.some((r) => r.meta.id === 'login-rate-limit')) this.skip();
    const manifest = path.join(dir, 'package.json');
    fs.writeFileSync(manifest, JSON.stringify({ dependencies: { express: '^4.21.0', 'express-session': '^1.18.0' } }));
    client = await LspTestClient.start({ workspaceFolders: [dir] });
    const uri = uriOf(path.join(dir, 'src', 'routes.js'));
    await client.open(uri, 'javascript', LOGIN_ROUTE);
    assert.equal(byCode((await client.diagnosticsFor(uri, 1)).diagnostics, 'login-rate-limit').length, 1);

    fs.writeFileSync(manifest, JSON.stringify({ dependencies: { express: '^4.21.0', 'express-session': '^1.18.0', 'express-rate-limit': '^7.5.0' } }));
    const before = client.diagnostics.get(uri)!.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(manifest), type: FileChangeType.Changed }] });
    await client.waitFor(() => (client.diagnostics.get(uri)!.length > before ? true : undefined), 're-validation');
    assert.equal(byCode(client.latest(uri)!.diagnostics, 'login-rate-limit').length, 0);
  });

  it('follows relative imports, reading the unsaved text of open documents', async () => {
    const config = path.join(dir, 'config.js');
    fs.writeFileSync(config, 'module.exports = { cookieOptions: { httpOnly: true, secure: true } };\n');
    client = await LspTestClient.start({ workspaceFolders: [dir] });
    const app = "const session = require('express-session');\nconst { cookieOptions } = require('./config');\n\nmodule.exports = session({ secret: process.env.SESSION_SECRET, cookie: cookieOptions });\n";
    const appUri = uriOf(path.join(dir, 'app.js'));
    await client.open(appUri, 'javascript', app);
    assert.equal(byCode((await client.diagnosticsFor(appUri, 1)).diagnostics, 'cookie-httponly').length, 0, 'httpOnly: true on disk');
    await client.close(appUri);
    // The developer edits config.js without saving it.
    await client.open(uriOf(config), 'javascript', 'module.exports = { cookieOptions: { httpOnly: false, secure: true } };\n');
    await client.open(appUri, 'javascript', app);
    const [finding] = byCode((await client.waitFor(() => client.diagnostics.get(appUri)!.filter((p) => p.version === 1).at(1), 'second open')).diagnostics, 'cookie-httponly');
    assert.ok(finding, 'the unsaved httpOnly: false in config.js is seen');
  });
});
