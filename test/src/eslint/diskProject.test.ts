import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { projectFromDisk } from '../../../rules/dist/eslint/diskProject';
import { lintText } from './support/lint';

/** The ESLint face sees the project the CLI and the server see, for files on disk. */
describe('ESLint plugin: the project around a file on disk', () => {
  let root: string;
  before(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sessionlint-disk-')));
    fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ dependencies: { 'express-session': '^1.17.0', passport: '^0.5.0' } }));
    fs.mkdirSync(path.join(root, 'src', 'config'), { recursive: true });
    fs.writeFileSync(path.join(root, 'src', 'config', 'session.js'), "module.exports = { secret: process.env.S, cookie: { httpOnly: false, secure: true, sameSite: 'lax' } };\n");
    fs.writeFileSync(path.join(root, 'src', 'app.js'), '');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reads the nearest package.json; versions in settings win', () => {
    const project = projectFromDisk(path.join(root, 'src', 'app.js'), { dependencies: { passport: '^0.7.0' } });
    assert.deepEqual(project.dependencies, { 'express-session': '^1.17.0', passport: '^0.7.0' });
    assert.equal(project.readModule?.(path.join(root, 'src', 'app.js'), './config/session')?.fileName, path.join(root, 'src', 'config', 'session.js'));
  });

  it('a virtual file name gets the settings alone', () => {
    const fromSettings = { dependencies: { passport: '^0.7.0' } };
    assert.equal(projectFromDisk('/no/such/dir/app.js', fromSettings), fromSettings);
    assert.equal(projectFromDisk('<text>', fromSettings), fromSettings);
  });

  it('options imported from another module are reported, as by the CLI', () => {
    const text = "const session = require('express-session');\nconst options = require('./config/session');\napp.use(session(options));\n";
    const messages = lintText(text, path.join(root, 'src', 'app.js'), { parser: 'espree', preset: 'recommended' }, root);
    assert.deepEqual(messages.filter((m) => m.ruleId === 'sessionlint/cookie-httponly').map((m) => m.line), [3]);
  });
});
