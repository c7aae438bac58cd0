import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { delay } from '../server/lspClient';
import { copyApp } from '../server/workspaceApps';
import { plugin, typescriptParser } from './support/plugin';
import { JS_TS_FILES } from './support/lint';

/**
 * A long-lived ESLint host (vscode-eslint, eslint_d) keeps the plugin loaded between lints: the
 * project model cached from disk must not outlive the files it was read from.
 */
describe('ESLint plugin: the project read from disk follows edits between lints', function () {
  this.timeout(60_000);
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  const lintOf = (dir: string): ESLint => {
    const config: Linter.Config[] = [{ files: JS_TS_FILES, languageOptions: { parser: typescriptParser } }, plugin.configs.recommended];
    return new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, errorOnUnmatchedPattern: false });
  };
  const rulesIn = async (eslint: ESLint, file: string): Promise<string[]> => {
    const [result] = await eslint.lintFiles([file]);
    return (result?.messages ?? []).map((m) => m.ruleId ?? m.message).sort();
  };

  it('a service edited between two lintFiles calls of one ESLint instance', async () => {
    const dir = copyApp('express', 'service-renewal-secure');
    dirs.push(dir);
    const eslint = lintOf(dir);
    const controller = path.join(dir, 'controllers', 'auth.js');
    const service = path.join(dir, 'services', 'sessions.js');
    const renewing = fs.readFileSync(service, 'utf8');
    assert.ok(!(await rulesIn(eslint, controller)).includes('sessionlint/session-regenerate-on-login'), 'the service renews the session');

    fs.writeFileSync(service, renewing.replace('req.session.regenerate.bind(req.session)', 'req.session.save.bind(req.session)'));
    await delay(300);
    assert.ok((await rulesIn(eslint, controller)).includes('sessionlint/session-regenerate-on-login'), 'the edited service no longer renews');
    fs.writeFileSync(service, renewing);
    await delay(300);
    assert.ok(!(await rulesIn(eslint, controller)).includes('sessionlint/session-regenerate-on-login'), 'renewing again');
  });

  it('a lockfile and a router file created between lints', async () => {
    const dir = copyApp('express', 'passport-0.5');
    dirs.push(dir);
    const eslint = lintOf(dir);
    const routes = path.join(dir, 'routes', 'auth.js');
    const lockfile = path.join(dir, 'package-lock.json');
    assert.ok((await rulesIn(eslint, routes)).includes('sessionlint/session-regenerate-on-login'), 'passport 0.5.3');
    fs.writeFileSync(lockfile, fs.readFileSync(lockfile, 'utf8').replace('"version": "0.5.3"', '"version": "0.6.0"'));
    await delay(300);
    assert.ok(!(await rulesIn(eslint, routes)).includes('sessionlint/session-regenerate-on-login'), 'passport 0.6.0 renews');

    // The app's session cookie has no SameSite and csrf-csrf guards what is mounted after it: a router
    // created on disk and mounted before it is exposed.
    const appFile = path.join(dir, 'app.js');
    const appText = fs.readFileSync(appFile, 'utf8').replace('app.use(doubleCsrfProtection);', "app.use('/notes', require('./routes/notes'));\napp.use(doubleCsrfProtection);");
    fs.writeFileSync(appFile, appText);
    await delay(300);
    assert.ok(!(await rulesIn(eslint, appFile)).includes('sessionlint/csrf'), 'routes/notes.js does not exist yet');
    fs.writeFileSync(path.join(dir, 'routes', 'notes.js'), "const { Router } = require('express');\n\nconst router = Router();\nrouter.post('/', (req, res) => res.redirect('/notes'));\n\nmodule.exports = router;\n");
    await delay(300);
    assert.ok((await rulesIn(eslint, appFile)).includes('sessionlint/csrf'), 'the created router serves POST / before the CSRF middleware');
  });
});
