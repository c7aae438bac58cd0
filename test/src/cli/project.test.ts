import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeProject, parseJsonReport, removeProject, runCli } from './support';

const APP_TS = `import express from 'express';
import session from 'express-session';
import { sessionOptions } from './config';

const app = express();
app.use(session(sessionOptions));
`;

const CONFIG_TS = `export const sessionOptions = {
  secret: process.env.SESSION_SECRET as string,
  name: 'app.sid',
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: false, secure: true, sameSite: 'lax' as const, maxAge: 30 * 60 * 1000 },
};
`;

describe('CLI: project context', () => {
  it('resolves options imported from relative modules (extension probing, index files, .js → .ts)', () => {
    const project = makeProject({
      'package.json': JSON.stringify({ dependencies: { express: '^4.21.0', 'express-session': '^1.18.1' } }),
      'a/app.ts': APP_TS,
      'a/config.ts': CONFIG_TS,
      'b/app.ts': APP_TS,
      'b/config/index.ts': CONFIG_TS,
      'c/app.ts': APP_TS.replace("'./config'", "'./config.js'"),
      'c/config.ts': CONFIG_TS,
      'd/app.ts': APP_TS,
    });
    try {
      const report = parseJsonReport(runCli(['--format', 'json'], project));
      const httpOnly = report.findings.filter((f) => f.ruleId === 'cookie-httponly');
      assert.deepEqual(httpOnly.map((f) => f.file).sort(), ['a/app.ts', 'b/app.ts', 'c/app.ts'], 'd/app.ts has no config module: its options stay unknown');
      for (const finding of httpOnly) assert.equal(finding.line, 6, 'reported at the session() call of the analysed file');
      assert.deepEqual(report.notifications, []);
    } finally {
      removeProject(project);
    }
  });

  it('executes nothing from the workspace: not its config, scripts, or code', () => {
    const marker = (name: string) => `require('node:fs').writeFileSync(require('node:path').join(__dirname, 'MARKER-${name}'), 'executed');`;
    const project = makeProject({
      'sessionlint.config.js': `${marker('config')}\nmodule.exports = { rules: {} };\n`,
      'eslint.config.js': `${marker('eslint')}\nmodule.exports = [];\n`,
      'package.json': JSON.stringify({
        name: 'trap',
        main: 'session-options.js',
        scripts: Object.fromEntries(['preinstall', 'install', 'postinstall', 'prepare', 'pretest', 'test', 'lint'].map((s) => [s, `node -e "${marker(s).replace(/"/g, '\\"')}"`])),
        dependencies: { express: '^4.21.0', 'express-session': '^1.18.1' },
      }),
      'session-options.js': `${marker('module')}\nmodule.exports = { secret: process.env.SECRET, cookie: { httpOnly: false, secure: true, sameSite: 'lax' } };\n`,
      'app.js': "const session = require('express-session');\nconst options = require('./session-options');\nrequire('express')().use(session(options));\n",
    });
    try {
      const runs = [runCli(['--format', 'json'], project), runCli(['--fix'], project), runCli(['--format', 'sarif'], project)];
      const report = parseJsonReport(runs[0]!);
      assert.ok(report.findings.some((f) => f.ruleId === 'cookie-httponly' && f.file === 'app.js'), 'the imported module was read as text');
      assert.ok(
        report.notifications.some((n) => n.kind === 'config' && /sessionlint\.config\.js was not read: sessionlint never executes configuration code/.test(n.message)),
        JSON.stringify(report.notifications),
      );
      assert.match(runs[1]!.stdout, /sessionlint\.config\.js was not read/);
      assert.deepEqual(fs.readdirSync(project).filter((f) => f.startsWith('MARKER')), []);
    } finally {
      removeProject(project);
    }
  });

  it('warns about a package.json that is not JSON and still analyses the files', () => {
    const project = makeProject({ 'package.json': '{ "name": "half-written", ', 'app.js': "res.cookie('session', id);\n" });
    try {
      const run = runCli(['--format', 'json'], project);
      assert.notEqual(run.status, 2, run.stderr);
      const report = parseJsonReport(run);
      const notification = report.notifications.find((n) => n.kind === 'project');
      assert.ok(notification, JSON.stringify(report.notifications));
      assert.equal(notification.file, 'package.json');
    } finally {
      removeProject(project);
    }
  });
});
