import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { parseJsonReport, runCli } from '../cli/support';
import { plugin, typescriptParser } from '../eslint/support/plugin';
import { JS_TS_FILES } from '../eslint/support/lint';
import { LspTestClient } from '../server/lspClient';
import { uriOf } from '../server/inputs';
import * as assert from 'node:assert/strict';
import { APP_RULES, copyApp, loadFixtureApps, removeCopy, type FixtureApp } from './fixtureApps';

/** The three faces run over one fixture app, each stating its findings the same way (shared by every family's parity test). */
/** One finding as every face can state it: `file:line:column-endLine:endColumn rule message` (1-based). */
export type Comparable = string;

const comparable = (file: string, start: { line: number; column: number }, end: { line: number; column: number }, rule: string, message: string): Comparable =>
  `${file}:${start.line}:${start.column}-${end.line}:${end.column} ${rule} ${message}`;

export const lineAndRule = (finding: Comparable): string => {
  const match = /^([^:]+):(\d+):\S+ (\S+) /.exec(finding)!;
  return `${match[1]}:${match[2]}:${match[3]}`;
};

export function fromCli(directory: string): Comparable[] {
  const report = parseJsonReport(runCli(['--format', 'json', '--exit-zero', '.'], directory));
  return report.findings.map((f) => comparable(f.file, { line: f.line, column: f.column }, { line: f.endLine, column: f.endColumn }, f.ruleId, f.message)).sort();
}

export async function fromEslint(directory: string): Promise<Comparable[]> {
  // A user's flat config: no dependencies in settings, so the plugin reads the project from disk.
  const eslint = new ESLint({
    cwd: directory,
    overrideConfigFile: true,
    overrideConfig: [{ files: JS_TS_FILES, languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parser: typescriptParser } }, plugin.configs.recommended],
  });
  const results = await eslint.lintFiles(['.']);
  return results
    .flatMap((result) =>
      result.messages.map((m) => comparable(path.relative(directory, result.filePath).split(path.sep).join('/'), { line: m.line, column: m.column }, { line: m.endLine ?? m.line, column: m.endColumn ?? m.column }, (m.ruleId ?? '').replace(/^sessionlint\//, ''), m.message)),
    )
    .sort();
}

export async function fromServer(directory: string, app: FixtureApp): Promise<Comparable[]> {
  const client = await LspTestClient.start({ workspaceFolders: [directory] });
  try {
    const found: Comparable[] = [];
    for (const file of app.sources) {
      const uri = uriOf(path.join(directory, file));
      await client.open(uri, /\.[mc]?ts$/.test(file) ? 'typescript' : 'javascript', fs.readFileSync(path.join(directory, file), 'utf8'));
      for (const d of (await client.diagnosticsFor(uri, 1)).diagnostics) {
        found.push(comparable(file, { line: d.range.start.line + 1, column: d.range.start.character + 1 }, { line: d.range.end.line + 1, column: d.range.end.character + 1 }, String(d.code), typeof d.message === "string" ? d.message : d.message.value));
      }
    }
    return found.sort();
  } finally {
    await client.stop();
  }
}

/**
 * The parity test of one family of fixture apps: at least 10 apps with secure twins; each app's
 * lifecycle findings are the annotated ones, and the CLI, the language server and ESLint agree on every finding.
 */
export function describeFixtureFamily(family: string, title: string): void {
  describe(title, function () {
    this.timeout(120_000);
    const apps = loadFixtureApps(family);

    it('has at least 10 apps, each with a secure twin', () => {
      const insecure = apps.filter((a) => !a.name.endsWith('-secure'));
      assert.ok(insecure.length >= 10, `${insecure.length} insecure apps`);
      for (const app of insecure) assert.ok(apps.some((a) => a.name === `${app.name}-secure`), `${app.name} has a secure twin`);
      for (const app of apps) assert.equal(app.expected.length > 0, !app.name.endsWith('-secure'), `${app.name}: insecure apps expect findings, secure twins none`);
    });

    for (const app of apps) {
      it(`${app.name}: the CLI, the language server and ESLint report the annotated lifecycle findings, and agree on every finding`, async () => {
        const directory = copyApp(app);
        try {
          const cli = fromCli(directory);
          const lifecycle = cli.filter((f) => APP_RULES.includes(lineAndRule(f).split(':')[2]!)).map(lineAndRule).sort();
          assert.deepEqual(lifecycle, app.expected, 'lifecycle findings (CLI)');
          assert.deepEqual(await fromEslint(directory), cli, 'ESLint reports what the CLI reports');
          assert.deepEqual(await fromServer(directory, app), cli, 'the language server reports what the CLI reports');
        } finally {
          removeCopy(directory);
        }
      });
    }
  });
}
