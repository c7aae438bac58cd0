import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidSaveTextDocumentNotification, ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import { makeProject, parseJsonReport, removeProject, runCli } from '../cli/support';
import { LspTestClient } from '../server/lspClient';

/**
 * Nothing from the analysed workspace runs (DESIGN: "Nothing from the analysed workspace is ever
 * executed or required"). Every place another tool would execute code tries to write a marker
 * file: package.json lifecycle scripts, ESLint configs, script configs of sessionlint itself,
 * packages in node_modules (main, exports, bin, install scripts), the imported local module and the
 * analysed files themselves. The CLI (every format, --fix) and the language server (open, change,
 * save, configuration change, workspace scan) run over it; no marker may appear.
 */

/** CommonJS that writes MARKER-<name> next to itself when executed. */
const cjsMarker = (name: string): string => `require('node:fs').writeFileSync(require('node:path').join(__dirname, 'MARKER-${name}'), 'executed');`;
/** The same for ES modules (and TypeScript compiled on the fly by some loaders). */
const esmMarker = (name: string): string => `import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./MARKER-${name}', import.meta.url), 'executed');`;
const shellMarker = (name: string): string => `node -e "${cjsMarker(name).replace(/"/g, '\\"')}"`;

const LIFECYCLE_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish', 'pretest', 'test', 'lint', 'prelint', 'start', 'build'];

function trapWorkspace(): Record<string, string> {
  const packageTrap = (name: string): Record<string, string> => ({
    [`node_modules/${name}/package.json`]: JSON.stringify({
      name,
      version: '1.18.1',
      main: 'index.js',
      exports: { '.': { import: './index.mjs', require: './index.js' } },
      bin: { [name.replace('@', '').replace('/', '-')]: 'bin.js' },
      scripts: Object.fromEntries(['preinstall', 'install', 'postinstall'].map((s) => [s, shellMarker(`${name.replace('/', '_')}-${s}`)])),
    }),
    [`node_modules/${name}/index.js`]: `${cjsMarker(`${name.replace('/', '_')}-main`)}\nmodule.exports = function session() { return (req, res, next) => next(); };\n`,
    [`node_modules/${name}/index.mjs`]: `${esmMarker(`${name.replace('/', '_')}-esm`)}\nexport default function session() {}\n`,
    [`node_modules/${name}/bin.js`]: `#!/usr/bin/env node\n${cjsMarker(`${name.replace('/', '_')}-bin`)}\n`,
  });
  return {
    'package.json': JSON.stringify({
      name: 'trap',
      main: 'src/session-options.js',
      type: 'commonjs',
      scripts: Object.fromEntries(LIFECYCLE_SCRIPTS.map((s) => [s, shellMarker(`script-${s}`)])),
      dependencies: { express: '^4.21.0', 'express-session': '^1.18.1', '@fastify/session': '^11.0.0' },
      eslintConfig: { plugins: ['trap'] },
    }),
    'composer.json': JSON.stringify({ scripts: { 'post-install-cmd': shellMarker('composer') }, require: { php: '^8.2' } }),
    'eslint.config.js': `${cjsMarker('eslint-config')}\nmodule.exports = [];\n`,
    'eslint.config.mjs': `${esmMarker('eslint-config-mjs')}\nexport default [];\n`,
    '.eslintrc.js': `${cjsMarker('eslintrc')}\nmodule.exports = {};\n`,
    'sessionlint.config.js': `${cjsMarker('sessionlint-config')}\nmodule.exports = { rules: {} };\n`,
    'sessionlint.config.mjs': `${esmMarker('sessionlint-config-mjs')}\nexport default { rules: {} };\n`,
    'sessionlint.config.cjs': `${cjsMarker('sessionlint-config-cjs')}\nmodule.exports = { rules: {} };\n`,
    'sessionlint.config.ts': `${esmMarker('sessionlint-config-ts')}\nexport default { rules: {} };\n`,
    ...packageTrap('express-session'),
    ...packageTrap('@fastify/session'),
    'node_modules/.bin/express-session': `#!/bin/sh\n${shellMarker('dot-bin')}\n`,
    'src/session-options.js': `${cjsMarker('local-module')}\nmodule.exports = { secret: process.env.SECRET, cookie: { httpOnly: false, secure: true, sameSite: 'lax' } };\n`,
    'src/app.js': `${cjsMarker('analysed-file')}\nconst session = require('express-session');\nconst options = require('./session-options');\nrequire('express')().use(session(options));\n`,
    'src/plugin.mjs': `${esmMarker('analysed-esm')}\nimport fastifySession from '@fastify/session';\nimport options from '../node_modules/@fastify/session/index.mjs';\napp.register(fastifySession, { secret: 'a-secret-with-at-least-32-characters!!', cookie: { httpOnly: false } });\n`,
    'src/index.php': `<?php\nsystem('${shellMarker('php')}');\nini_set('session.cookie_httponly', '0');\nsession_start();\n`,
    'public/.htaccess': 'php_flag session.cookie_httponly off\n',
  };
}

/** Every MARKER file below a directory, as paths relative to it. */
function markers(root: string): string[] {
  const found: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.startsWith('MARKER')) found.push(path.relative(root, full));
    }
  };
  visit(root);
  return found.sort();
}

describe('robustness: nothing from the workspace is executed', function () {
  this.timeout(60_000);
  let project: string;

  beforeEach(() => {
    project = makeProject(trapWorkspace());
  });
  afterEach(() => removeProject(project));

  it('the traps work: running any of them writes a marker (so the test can fail)', () => {
    const probe = makeProject({ 'trap.js': cjsMarker('probe') });
    try {
      require(path.join(probe, 'trap.js'));
      assert.deepEqual(markers(probe), ['MARKER-probe']);
    } finally {
      removeProject(probe);
    }
  });

  it('CLI: every format, --include-tests and --fix', () => {
    const runs = [
      runCli(['--format', 'json'], project),
      runCli(['--format', 'sarif', 'src', 'public', 'node_modules/express-session/index.js'], project),
      runCli(['--include-tests', '.'], project),
      runCli(['--fix', '--format', 'json'], project),
    ];
    for (const run of runs) assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
    const report = parseJsonReport(runs[0]!);
    assert.ok(report.findings.some((f) => f.file === 'src/app.js' && f.ruleId === 'cookie-httponly'), 'the imported module was read as text');
    assert.ok(report.notifications.some((n) => n.kind === 'config' && /sessionlint\.config\.js was not read/.test(n.message)), JSON.stringify(report.notifications));
    assert.deepEqual(markers(project), []);
  });

  it('language server: opening, editing, saving, reconfiguring and scanning the workspace', async () => {
    const client = await LspTestClient.start({ workspaceFolders: [project], settings: { preset: 'strict' } });
    try {
      const files = ['src/app.js', 'src/plugin.mjs', 'src/index.php', 'eslint.config.js', 'sessionlint.config.js', 'node_modules/express-session/index.js'];
      for (const file of files) {
        const uri = pathToFileURL(path.join(project, file)).href;
        const languageId = file.endsWith('.php') ? 'php' : 'javascript';
        await client.open(uri, languageId, fs.readFileSync(path.join(project, file), 'utf8'));
        await client.diagnosticsFor(uri, 1);
        await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// edited\n' }]);
        await client.diagnosticsFor(uri, 2);
        await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
      }
      const app = client.latest(pathToFileURL(path.join(project, 'src/app.js')).href);
      assert.ok(app?.diagnostics.some((d) => d.code === 'cookie-httponly'), 'the imported module was read as text');
      await client.changeSettings({ preset: 'recommended' });
      const summary = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'sessionlint.scanWorkspace' })) as { analysed: number };
      assert.ok(summary.analysed >= 1, JSON.stringify(summary));
      assert.ok(client.alive, client.stderr);
    } finally {
      await client.stop();
    }
    assert.deepEqual(markers(project), []);
  });
});
