import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, type CodeAction, type Command } from 'vscode-languageserver-protocol/node';
import { LspTestClient } from '../server/lspClient';
import { EXAMPLES, REPO_ROOT, RULES_SOURCE } from '../support/paths';
import { createProject, directorySize, installedPackages, medianRunMs, pack, readmeInstallLines, run, type PackResult } from './packedProject';

/**
 * The package as users get it: `npm pack` (whose `prepack` builds and bundles), installed with the
 * README's install line into fresh projects beside ESLint and typescript-eslint, and each face run
 * from the installed package: ESLint with `configs.recommended`, `npx sessionlint`, and
 * `sessionlint-lsp --stdio`. Two projects cover the axes: ESM + ESLint 10 + TypeScript 5.9, and
 * CommonJS + ESLint 9 + TypeScript 6.0. Needs the npm registry; npm's cache is shared between them.
 */

const MB = 1_000_000;
const TARBALL_LIMIT = 1 * MB;
const ADDED_INSTALL_LIMIT = 10 * MB;
const MANIFEST = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

interface Setup {
  readonly name: string;
  readonly type: 'module' | 'commonjs';
  readonly eslint: string;
  readonly typescript: string;
}

const SETUPS: readonly Setup[] = [
  { name: 'esm-eslint10-ts5.9', type: 'module', eslint: '^10.0.0', typescript: '~5.9.0' },
  { name: 'cjs-eslint9-ts6.0', type: 'commonjs', eslint: '^9.0.0', typescript: '~6.0.0' },
];

const ESLINT_CONFIG = {
  module: `import sessionlint from 'sessionlint/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  sessionlint.configs.recommended,
];
`,
  commonjs: `const sessionlint = require('sessionlint/eslint-plugin');
const tseslint = require('typescript-eslint');

module.exports = [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  sessionlint.configs.recommended,
];
`,
};

/** A TypeScript file, so that both TypeScript versions parse something: typescript-eslint for ESLint, typescript-estree for the CLI. */
const SESSION_TS = `import express from 'express';
import session from 'express-session';

const cookie: session.CookieOptions = { httpOnly: false, secure: true, sameSite: 'lax' };
export const app = express();
app.use(session({ secret: process.env.SESSION_SECRET as string, cookie }));
`;

/** A typed flat config, type-checked with the project's TypeScript against the package's declaration of the plugin. */
const TYPED_CONFIG = `import type { Linter } from 'eslint';
import sessionlint from 'sessionlint/eslint-plugin';

export const config: Linter.Config[] = [sessionlint.configs.recommended, sessionlint.configs.strict];
export const version: string = sessionlint.meta.version;
`;

/** Where each face must report cookie-httponly: [file, 1-based line]. */
const HTTP_ONLY_FINDINGS: readonly [string, number][] = [
  ['apps/express-insecure/routes/auth.js', lineOf(path.join(EXAMPLES, 'express-insecure', 'routes', 'auth.js'), "res.cookie('remember_me'")],
  ['src/session.ts', lineOfText(SESSION_TS, 'httpOnly: false')],
];
/** Options imported from config/session.js: only the CLI and the server read the other module (ESLint sees one file). */
const IMPORTED_OPTIONS_FINDING: readonly [string, number] = ['apps/express-insecure/app.js', lineOf(path.join(EXAMPLES, 'express-insecure', 'app.js'), 'app.use(session(')];
const SECURE_APPS = ['apps/express-secure/', 'apps/php-secure/'];

function lineOf(file: string, snippet: string): number {
  return lineOfText(fs.readFileSync(file, 'utf8'), snippet);
}

function lineOfText(text: string, snippet: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(snippet));
  assert.ok(index >= 0, `'${snippet}' not found`);
  return index + 1;
}

/** The README's line that installs the package, with the package name replaced by the tarball. */
function readmeInstallLine(tarball: string): string[] {
  const line = readmeInstallLines().find((args) => args.includes('sessionlint'));
  assert.ok(line, 'README.md shows no `npm install … sessionlint` line');
  return line.map((arg) => (arg === 'sessionlint' ? tarball : arg));
}

interface EslintResult {
  readonly filePath: string;
  readonly messages: readonly { ruleId: string | null; line: number; fatal?: boolean; message: string }[];
}

interface CliReport {
  readonly tool: { readonly version: string };
  readonly findings: readonly { file: string; ruleId: string; line: number }[];
}

describe('the packed tarball, installed into fresh projects', function () {
  this.timeout(900_000);
  let work: string;
  let packed: PackResult;

  before(() => {
    work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sessionlint-package-')));
    packed = pack(work);
    console.log(`      tarball: ${packed.size} bytes packed, ${packed.unpackedSize} unpacked, ${packed.files.length} files`);
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it(`is at most ${TARBALL_LIMIT / MB} MB and holds the bundle, the grammars, the rule docs and the licences, no sources or tests`, () => {
    assert.ok(packed.size <= TARBALL_LIMIT, `${packed.size} bytes`);
    for (const file of ['dist/sessionlint.js', 'dist/analysisWorker.js', 'dist/compileCache.js', 'dist/tree-sitter.wasm', 'dist/tree-sitter-php.wasm', 'dist/THIRD-PARTY-NOTICES.md', 'dist/sessionlint.config.schema.json', 'dist/eslint-plugin.d.ts', 'LICENSE', 'README.md', 'bin/sessionlint.js', 'bin/sessionlint-lsp.js', 'lib/eslint-plugin.js']) {
      assert.ok(packed.files.includes(file), `${file} is missing`);
    }
    for (const rule of fs.readdirSync(RULES_SOURCE).filter((name) => fs.existsSync(path.join(RULES_SOURCE, name, 'README.md')))) {
      assert.ok(packed.files.includes(`rules/src/rules/${rule}/README.md`), `the README of ${rule} is missing`);
    }
    const unexpected = packed.files.filter((file) => /(^|\/)(test|fixtures|examples|scripts|node_modules)\/|(?<!\.d)\.ts$|\.map$|tsbuildinfo/.test(file));
    assert.deepEqual(unexpected, []);
  });

  it('declares no install scripts and no native dependency', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string> };
    assert.deepEqual(Object.keys(manifest.scripts).filter((name) => /^(pre|post)?install$|^prepare$/.test(name)), []);
    assert.deepEqual(Object.keys(manifest.dependencies).sort(), ['@typescript-eslint/typescript-estree', '@typescript-eslint/visitor-keys', 'typescript']);
  });

  for (const setup of SETUPS) {
    describe(setup.name, function () {
      let project: string;
      let added: number;

      before(() => {
        project = createProject(path.join(work, setup.name), { type: setup.type }, { 'eslint.config.js': ESLINT_CONFIG[setup.type], 'src/session.ts': SESSION_TS, 'types/config.ts': TYPED_CONFIG });
        for (const app of ['express-insecure', 'express-secure', 'php-insecure', 'php-secure']) fs.cpSync(path.join(EXAMPLES, app), path.join(project, 'apps', app), { recursive: true });
        run('npm', ['install', '--save-dev', '--no-audit', '--no-fund', `eslint@${setup.eslint}`, 'typescript-eslint@^8', `typescript@${setup.typescript}`], project);
        const baseline = installedPackages(project);
        const before = directorySize(path.join(project, 'node_modules'));
        run('npm', [...readmeInstallLine(packed.tarball), '--no-audit', '--no-fund'], project);
        added = directorySize(path.join(project, 'node_modules')) - before;
        const scripted = Object.entries(installedPackages(project)).filter(([at, info]) => !(at in baseline) && info.hasInstallScript);
        assert.deepEqual(scripted.map(([at]) => at), [], 'packages with install scripts');
        console.log(`      ${setup.name}: sessionlint adds ${added} bytes to node_modules`);
      });

      it(`adds at most ${ADDED_INSTALL_LIMIT / MB} MB beside ESLint and typescript-eslint, reusing the project's TypeScript`, () => {
        assert.ok(added <= ADDED_INSTALL_LIMIT, `${added} bytes`);
        const installed = path.join(project, 'node_modules', 'sessionlint');
        assert.equal(require.resolve('typescript', { paths: [installed] }), require.resolve('typescript', { paths: [project] }));
        const nested = path.join(installed, 'node_modules');
        assert.deepEqual(fs.existsSync(nested) ? fs.readdirSync(nested) : [], [], 'sessionlint brought packages of its own');
      });

      it('eslint with configs.recommended reports the Express app (JS and TS) and not its secure twin', () => {
        const result = run('npx', ['eslint', '--format', 'json', 'apps', 'src'], project, 120_000, [1]);
        const results = JSON.parse(result.stdout) as EslintResult[];
        const messages = results.flatMap((r) => r.messages.map((m) => ({ ...m, file: path.relative(project, r.filePath) })));
        assert.deepEqual(messages.filter((m) => m.fatal || !m.ruleId?.startsWith('sessionlint/')), [], 'only sessionlint findings, no parse errors');
        for (const [file, line] of HTTP_ONLY_FINDINGS) {
          assert.ok(messages.some((m) => m.file === file && m.line === line && m.ruleId === 'sessionlint/cookie-httponly'), `cookie-httponly at ${file}:${line}`);
        }
        assert.deepEqual(messages.filter((m) => SECURE_APPS.some((app) => m.file.startsWith(app))), []);
      });

      it('types: a flat config typed with Linter.Config type-checks against the shipped declaration', () => {
        run('npx', ['tsc', '--noEmit', '--strict', '--esModuleInterop', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', 'types/config.ts'], project, 120_000);
        const broken = path.join(project, 'types', 'broken.ts');
        fs.writeFileSync(broken, `${TYPED_CONFIG}export const missing: Linter.Config = sessionlint.configs.paranoid;\n`);
        const result = run('npx', ['tsc', '--noEmit', '--strict', '--esModuleInterop', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', 'types/broken.ts'], project, 120_000, [1, 2]);
        assert.match(result.stdout, /paranoid/, 'an unknown config is a type error, so the declaration is really used');
        fs.rmSync(broken);
      });

      it('npx sessionlint reports the same Express findings, and PHP through the shipped grammar', () => {
        const result = run('npx', ['sessionlint', '--format', 'json', 'apps', 'src'], project, 120_000, [1]);
        const report = JSON.parse(result.stdout) as CliReport;
        assert.equal(report.tool.version, MANIFEST.version);
        for (const [file, line] of HTTP_ONLY_FINDINGS) {
          assert.ok(report.findings.some((f) => f.file === file && f.line === line && f.ruleId === 'cookie-httponly'), `cookie-httponly at ${file}:${line}`);
        }
        const [importedFile, importedLine] = IMPORTED_OPTIONS_FINDING;
        assert.ok(report.findings.some((f) => f.file === importedFile && f.line === importedLine && f.ruleId === 'cookie-httponly'), 'options resolved through an import');
        assert.ok(report.findings.some((f) => f.file === 'apps/php-insecure/php.ini' && f.ruleId === 'session-strict-mode'), 'the PHP grammar and ini frontend run');
        assert.ok(report.findings.some((f) => f.file.startsWith('apps/php-insecure/') && f.file.endsWith('.php')), 'a finding in a .php file');
        assert.deepEqual(report.findings.filter((f) => SECURE_APPS.some((app) => f.file.startsWith(app))), []);
      });

      it('npx sessionlint --version prints the package version', () => {
        assert.equal(run('npx', ['sessionlint', '--version'], project).stdout.trim(), MANIFEST.version);
        const npxMs = medianRunMs('npx', ['sessionlint', '--version'], project);
        const binMs = medianRunMs(path.join(project, 'node_modules', '.bin', 'sessionlint'), ['--version'], project);
        console.log(`      ${setup.name}: \`npx sessionlint --version\` ${npxMs.toFixed(0)} ms, node_modules/.bin/sessionlint --version ${binMs.toFixed(0)} ms (medians of 5)`);
      });

      it('sessionlint-lsp --stdio: initialize, diagnostics and a quick fix that removes the finding', async () => {
        const started = process.hrtime.bigint();
        // No time budget: the first analysis loads TypeScript, which a loaded CI machine may take over 2 s to do.
        const client = await LspTestClient.start({ serverModule: path.join(project, 'node_modules', '.bin', 'sessionlint-lsp'), workspaceFolders: [project], settings: { timeBudget: 0 } });
        try {
          assert.equal(client.initializeResult.serverInfo?.version, MANIFEST.version);
          const file = path.join(project, 'apps', 'express-insecure', 'routes', 'auth.js');
          const uri = pathToFileURL(file).href;
          const original = fs.readFileSync(file, 'utf8');
          await client.open(uri, 'javascript', original);
          const { diagnostics } = await client.diagnosticsFor(uri, 1);
          console.log(`      ${setup.name}: language server start to first diagnostics ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`);
          const diagnostic = diagnostics.find((d) => d.code === 'cookie-httponly');
          assert.ok(diagnostic, `cookie-httponly among ${diagnostics.map((d) => d.code).join(', ')}`);
          const actions = ((await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) ?? []) as (Command | CodeAction)[];
          // HttpOnly on a cookie the app writes is a suggestion (its front end may read the cookie), chosen by a person.
          const fix = actions.find((a): a is CodeAction => 'edit' in a && a.title.startsWith('Set HttpOnly'));
          assert.ok(fix?.edit, `the HttpOnly quick fix among ${actions.map((a) => a.title).join(', ')}`);
          await client.applyEdit(fix.edit);
          const line = diagnostic.range.start.line;
          assert.doesNotMatch(original.split('\n')[line]!, /httponly/i);
          assert.match(client.text(uri).split('\n')[line]!, /HttpOnly|httpOnly: true/);
          const after = await client.diagnosticsFor(uri);
          assert.equal(after.diagnostics.filter((d) => d.code === 'cookie-httponly' && d.range.start.line === diagnostic.range.start.line).length, 0);
        } finally {
          await client.stop();
        }
      });
    });
  }
});
