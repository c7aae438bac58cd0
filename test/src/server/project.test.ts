import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { allRules } from '../../../rules/dist/rules';
import { delay } from './lspClient';
import { byCode, uriOf } from './inputs';
import { serverPerTest } from './workspaceApps';

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

const PASSPORT_LOGIN = [
  "const express = require('express');",
  "const session = require('express-session');",
  "const passport = require('passport');",
  '',
  'const app = express();',
  "app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { sameSite: 'lax' } }));",
  'app.use(passport.session());',
  "app.post('/login', passport.authenticate('local', { failureRedirect: '/login' }), (req, res) => res.redirect('/'));",
  '',
].join('\n');

describe('server: project facts', function () {
  const servers = serverPerTest();
  let dir: string;

  beforeEach(() => {
    dir = servers.emptyDir();
  });

  it('reads installed versions from the lockfile and re-validates when it changes', async () => {
    // passport.authenticate() renews the session id only from passport 0.6 on: the lockfile says which is installed.
    const lock = (version: string): string => JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/passport': { version } } });
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ dependencies: { express: '^4.21.0', 'express-session': '^1.18.0', passport: '>=0.4.0' } }));
    const lockfile = path.join(dir, 'package-lock.json');
    fs.writeFileSync(lockfile, lock('0.5.3'));
    const client = await servers.start({ workspaceFolders: [dir] });
    const uri = uriOf(path.join(dir, 'src', 'app.js'));
    await client.open(uri, 'javascript', PASSPORT_LOGIN);
    assert.equal(byCode((await client.diagnosticsFor(uri, 1)).diagnostics, 'session-regenerate-on-login').length, 1, 'passport 0.5.3 keeps the session id');

    fs.writeFileSync(lockfile, lock('0.7.0'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(lockfile), type: FileChangeType.Changed }] });
    await client.waitFor(() => (byCode(client.latest(uri)!.diagnostics, 'session-regenerate-on-login').length === 0 ? true : undefined), 're-validation with passport 0.7.0');
  });

  it('follows relative imports, reading the unsaved text of open documents', async () => {
    const config = path.join(dir, 'config.js');
    fs.writeFileSync(config, 'module.exports = { cookieOptions: { httpOnly: true, secure: true } };\n');
    const client = await servers.start({ workspaceFolders: [dir] });
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

  it('analyses importers again when an imported module changes: typed in the editor, closed unsaved, changed on disk', async () => {
    const config = path.join(dir, 'config.js');
    const secure = 'module.exports = { cookieOptions: { httpOnly: true, secure: true } };\n';
    const insecure = secure.replace('httpOnly: true', 'httpOnly: false');
    fs.writeFileSync(config, secure);
    const client = await servers.start({ workspaceFolders: [dir], debounceMs: 20 });
    const appUri = uriOf(path.join(dir, 'app.js'));
    const configUri = uriOf(config);
    await client.open(appUri, 'javascript', "const session = require('express-session');\nconst { cookieOptions } = require('./config');\n\nmodule.exports = session({ secret: process.env.SESSION_SECRET, cookie: cookieOptions });\n");
    assert.equal(byCode((await client.diagnosticsFor(appUri, 1)).diagnostics, 'cookie-httponly').length, 0);
    const httpOnlyFindings = async (count: number, what: string): Promise<void> => {
      await client.waitFor(() => (byCode(client.latest(appUri)!.diagnostics, 'cookie-httponly').length === count ? true : undefined), what);
    };

    const publishedBefore = client.diagnostics.get(appUri)!.length;
    await client.open(configUri, 'javascript', secure);
    await client.diagnosticsFor(configUri, 1);
    await delay(150);
    assert.equal(client.diagnostics.get(appUri)!.length, publishedBefore, 'opening config.js with the text on disk changes nothing for app.js');
    await client.replaceText(configUri, insecure);
    await httpOnlyFindings(1, 'app.js analysed again after config.js was edited');
    assert.equal(client.latest(appUri)!.version, 1, 'app.js itself did not change');

    await client.close(configUri);
    await httpOnlyFindings(0, 'app.js analysed again after config.js was closed without saving');

    fs.writeFileSync(config, insecure);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    await httpOnlyFindings(1, 'app.js analysed again after config.js changed on disk');
  });

  it('analyses an importer again when the module it imports is created: opened unsaved in the editor, or written to disk', async () => {
    const client = await servers.start({ workspaceFolders: [dir], debounceMs: 20 });
    const appUri = uriOf(path.join(dir, 'app.js'));
    await client.open(appUri, 'javascript', "const session = require('express-session');\nconst cookie = require('./cookieOptions');\n\nmodule.exports = session({ secret: process.env.SESSION_SECRET, cookie });\n");
    assert.equal(byCode((await client.diagnosticsFor(appUri, 1)).diagnostics, 'cookie-httponly').length, 0, 'nothing is known of a module that does not exist');
    const httpOnlyFindings = (count: number, what: string): Promise<true> =>
      client.waitFor(() => (byCode(client.latest(appUri)!.diagnostics, 'cookie-httponly').length === count ? true : undefined), what);

    // A new file, not saved yet.
    const moduleFile = path.join(dir, 'cookieOptions.js');
    await client.open(uriOf(moduleFile), 'javascript', 'module.exports = { httpOnly: false, secure: true };\n');
    await httpOnlyFindings(1, 'app.js analysed again with the new, unsaved module');
    await client.close(uriOf(moduleFile));
    await httpOnlyFindings(0, 'the module is gone again when closed without saving');

    fs.writeFileSync(path.join(dir, 'cookieOptions.ts'), 'export default { httpOnly: false, secure: true };\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(path.join(dir, 'cookieOptions.ts')), type: FileChangeType.Created }] });
    await httpOnlyFindings(1, 'app.js analysed again when the module was created on disk');
  });

  it('analyses an importer again when a file that takes precedence over the module it read is created', async () => {
    fs.writeFileSync(path.join(dir, 'cookieOptions.js'), 'module.exports = { httpOnly: true };\n');
    const client = await servers.start({ workspaceFolders: [dir], debounceMs: 20 });
    const appUri = uriOf(path.join(dir, 'app.ts'));
    await client.open(appUri, 'typescript', "import session from 'express-session';\nimport cookie from './cookieOptions';\n\nexport default session({ secret: process.env.SESSION_SECRET, cookie });\n");
    assert.equal(byCode((await client.diagnosticsFor(appUri, 1)).diagnostics, 'cookie-httponly').length, 0);
    // TypeScript resolves './cookieOptions' to a .ts file before a .js one.
    const ts = path.join(dir, 'cookieOptions.ts');
    fs.writeFileSync(ts, 'export default { httpOnly: false };\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(ts), type: FileChangeType.Created }] });
    await client.waitFor(() => (byCode(client.latest(appUri)!.diagnostics, 'cookie-httponly').length === 1 ? true : undefined), 'app.ts analysed again with cookieOptions.ts');
  });

  it('leaves documents that do not import the changed file alone', async () => {
    fs.writeFileSync(path.join(dir, 'config.js'), 'module.exports = { cookieOptions: { httpOnly: true } };\n');
    const client = await servers.start({ workspaceFolders: [dir], debounceMs: 20 });
    const otherUri = uriOf(path.join(dir, 'other.js'));
    // A handler that writes a cookie, with nothing to ask of other files. (A session module is judged over the
    // apps that mount it, found by reading every file of the package: it is analysed again on any change there.)
    await client.open(otherUri, 'javascript', "exports.remember = (req, res) => {\n  res.cookie('remember_me', req.query.id, { httpOnly: false, secure: true });\n  res.end();\n};\n");
    await client.diagnosticsFor(otherUri, 1);
    const configUri = uriOf(path.join(dir, 'config.js'));
    await client.open(configUri, 'javascript', 'module.exports = { cookieOptions: { httpOnly: true } };\n');
    const version = await client.replaceText(configUri, 'module.exports = { cookieOptions: { httpOnly: false } };\n');
    await client.diagnosticsFor(configUri, version);
    await delay(100);
    assert.equal(client.diagnostics.get(otherUri)!.length, 1, 'other.js was published once, on open');
  });
});
