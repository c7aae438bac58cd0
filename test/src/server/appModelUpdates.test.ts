import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { delay, type LspTestClient } from './lspClient';
import { uriOf } from './inputs';
import { changeOnDisk, findingsBecome, latestOf, publishedCount, serverPerTest, withoutLine } from './workspaceApps';

/**
 * The editor keeps the application model up to date: an open document whose findings depend on
 * another file (a service, the app that mounts its router, a lockfile, tsconfig.json) is analysed
 * again when that file changes, in the editor or on disk, without being touched itself.
 */
describe('server: the application model follows changes to the files it read', function () {
  this.timeout(60_000);
  const servers = serverPerTest();
  const app = servers.app;
  const start = (folders: string[]): Promise<LspTestClient> => servers.start({ workspaceFolders: folders, debounceMs: 20 });

  it('a login whose renewal sits in a service of another module: edited unsaved, closed, changed on disk', async () => {
    const dir = app('express', 'service-renewal-secure');
    const c = await start([dir]);
    const controller = uriOf(path.join(dir, 'controllers', 'auth.js'));
    const service = path.join(dir, 'services', 'sessions.js');
    const renewing = fs.readFileSync(service, 'utf8');
    const saving = renewing.replace('req.session.regenerate.bind(req.session)', 'req.session.save.bind(req.session)');
    await c.open(controller, 'javascript', fs.readFileSync(path.join(dir, 'controllers', 'auth.js'), 'utf8'));
    await c.diagnosticsFor(controller, 1);
    assert.equal(latestOf(c, controller, 'session-regenerate-on-login').length, 0, 'the service renews the session');

    await c.open(uriOf(service), 'javascript', renewing);
    await c.replaceText(uriOf(service), saving);
    await findingsBecome(c, controller, 'session-regenerate-on-login', 1, 'the finding once the unsaved service only saves');
    assert.equal(c.latest(controller)!.version, 1, 'the controller itself did not change');
    await c.close(uriOf(service));
    await findingsBecome(c, controller, 'session-regenerate-on-login', 0, 'silent again when the service is closed unsaved');

    await changeOnDisk(c, service, saving);
    await findingsBecome(c, controller, 'session-regenerate-on-login', 1, 'the finding once the service on disk only saves');
    await changeOnDisk(c, service, renewing);
    await findingsBecome(c, controller, 'session-regenerate-on-login', 0, 'silent again when the service renews on disk');
  });

  it('csrf on the session config follows the app and the routes it mounts', async () => {
    const dir = app('express', 'csurf-order-secure');
    const c = await start([dir]);
    const appUri = uriOf(path.join(dir, 'app.js'));
    const postsFile = path.join(dir, 'routes', 'posts.js');
    const postsUri = uriOf(postsFile);
    const appText = fs.readFileSync(path.join(dir, 'app.js'), 'utf8');
    await c.open(appUri, 'javascript', appText);
    await c.open(postsUri, 'javascript', fs.readFileSync(postsFile, 'utf8'));
    await c.diagnosticsFor(appUri, 1);
    await c.diagnosticsFor(postsUri, 1);
    assert.equal(latestOf(c, appUri, 'csrf').length, 0, 'csurf is mounted before every router');

    await c.replaceText(appUri, withoutLine(appText, 'app.use(csrfProtection);'));
    await findingsBecome(c, appUri, 'csrf', 1, 'csrf once app.use(csrfProtection) is gone');
    const related = (): string[] => (latestOf(c, appUri, 'csrf')[0]?.relatedInformation ?? []).filter((r) => r.location.uri === postsUri).map((r) => r.message);
    assert.equal(related().length, 1, `the POST route of routes/posts.js is named: ${JSON.stringify(latestOf(c, appUri, 'csrf'))}`);
    const appVersion = c.latest(appUri)!.version;

    // A second unsafe route typed into the open routes file: the app's finding lists it, app.js untouched.
    const posts = fs.readFileSync(postsFile, 'utf8');
    await c.replaceText(postsUri, posts.replace('module.exports = router;', "router.delete('/:id', async (req, res) => {\n  await posts.remove(req.session.userId, req.params.id);\n  res.redirect('/posts');\n});\n\nmodule.exports = router;"));
    await c.waitFor(() => (related().length === 2 ? true : undefined), 'the DELETE route added to the related information');
    assert.equal(c.latest(appUri)!.version, appVersion, 'app.js itself did not change');
  });

  it('tsconfig.json paths: an alias removed on disk takes the routers it named out of the app, and back', async () => {
    const dir = app('express', 'tsconfig-paths');
    const c = await start([dir]);
    const appFile = path.join(dir, 'src', 'app.ts');
    // Without SameSite on the session cookie, csrf depends on the unsafe routes the app serves: all behind `@routes/index`.
    const appText = fs.readFileSync(appFile, 'utf8').replace("cookie: { secure: true, httpOnly: true, sameSite: 'lax' },", 'cookie: { secure: true, httpOnly: true },');
    fs.writeFileSync(appFile, appText);
    const tsconfig = path.join(dir, 'tsconfig.json');
    const config = fs.readFileSync(tsconfig, 'utf8');
    await c.open(uriOf(appFile), 'typescript', appText);
    await c.diagnosticsFor(uriOf(appFile), 1);
    assert.equal(latestOf(c, uriOf(appFile), 'csrf').length, 1, 'POST /auth/login is mounted through @routes/index');

    await changeOnDisk(c, tsconfig, withoutLine(config, '"@routes/*": ["routes/*"],'));
    await findingsBecome(c, uriOf(appFile), 'csrf', 0, 'no unsafe route once @routes/* no longer resolves');
    await changeOnDisk(c, tsconfig, config);
    await findingsBecome(c, uriOf(appFile), 'csrf', 1, 'the routes again with the alias back');
  });

  it('passport by version: the lockfile and package.json flip a login, and only the documents of that package', async () => {
    const dir = app('express', 'passport-0.5');
    const other = app('express', 'csurf-order');
    const c = await start([dir, other]);
    const routes = uriOf(path.join(dir, 'routes', 'auth.js'));
    const otherApp = uriOf(path.join(other, 'app.js'));
    await c.open(routes, 'javascript', fs.readFileSync(path.join(dir, 'routes', 'auth.js'), 'utf8'));
    await c.open(otherApp, 'javascript', fs.readFileSync(path.join(other, 'app.js'), 'utf8'));
    await c.diagnosticsFor(routes, 1);
    await c.diagnosticsFor(otherApp, 1);
    assert.equal(latestOf(c, routes, 'session-regenerate-on-login').length, 1, 'passport 0.5.3 keeps the session id');
    const otherPublished = publishedCount(c, otherApp);

    const lockfile = path.join(dir, 'package-lock.json');
    const lock = fs.readFileSync(lockfile, 'utf8');
    await changeOnDisk(c, lockfile, lock.replace('"version": "0.5.3"', '"version": "0.6.0"'));
    await findingsBecome(c, routes, 'session-regenerate-on-login', 0, 'passport 0.6.0 in the lockfile renews the session id');

    // No lockfile: the range in package.json decides.
    await changeOnDisk(c, lockfile, undefined);
    const manifest = path.join(dir, 'package.json');
    const declared = fs.readFileSync(manifest, 'utf8');
    await changeOnDisk(c, manifest, declared.replace('"passport": ">=0.4.0"', '"passport": "^0.5.3"'));
    await findingsBecome(c, routes, 'session-regenerate-on-login', 1, 'passport ^0.5.3 in package.json');
    await changeOnDisk(c, manifest, declared.replace('"passport": ">=0.4.0"', '"passport": "^0.6.0"'));
    await findingsBecome(c, routes, 'session-regenerate-on-login', 0, 'passport ^0.6.0 in package.json');
    await delay(100);
    assert.equal(publishedCount(c, otherApp), otherPublished, 'the app of the other package was not analysed again');
  });

  it('a router file created on disk, then deleted, changes the csrf finding of the open app', async () => {
    const dir = app('express', 'csurf-order');
    const c = await start([dir]);
    const appFile = path.join(dir, 'app.js');
    const appUri = uriOf(appFile);
    const appText = fs.readFileSync(appFile, 'utf8').replace("app.use('/account', account);\n", '');
    fs.writeFileSync(appFile, appText);
    const account = path.join(dir, 'routes', 'account.js');
    const accountText = fs.readFileSync(account, 'utf8');
    fs.rmSync(account);
    // `require('./routes/account')` points at nothing; what is mounted before csurf is only that.
    const mounted = appText.replace("app.use(csrfProtection);", "app.use('/account', account);\napp.use(csrfProtection);");
    await c.open(appUri, 'javascript', mounted);
    await c.diagnosticsFor(appUri, 1);
    assert.equal(latestOf(c, appUri, 'csrf').length, 0, 'the router mounted before csurf does not exist');

    await changeOnDisk(c, account, accountText);
    await findingsBecome(c, appUri, 'csrf', 1, 'the created router serves POST routes before csurf');
    await changeOnDisk(c, account, undefined);
    await findingsBecome(c, appUri, 'csrf', 0, 'silent again once the router file is deleted');
  });
});
