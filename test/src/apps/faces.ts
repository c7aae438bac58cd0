import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseJsonReport, runCli } from '../cli/support';
import { LspTestClient } from '../server/lspClient';
import { uriOf } from '../server/inputs';
import type { FixtureApp } from './fixtureApps';

/** One finding as every face can state it: `file:line:column-endLine:endColumn rule message` (1-based). */
export type Comparable = string;

export const comparable = (file: string, start: { line: number; column: number }, end: { line: number; column: number }, rule: string, message: string): Comparable =>
  `${file}:${start.line}:${start.column}-${end.line}:${end.column} ${rule} ${message}`;

/** `file:line:rule` of a comparable finding, as the apps' annotations state it. */
export const lineAndRule = (finding: Comparable): string => {
  const match = /^([^:]+):(\d+):\S+ (\S+) /.exec(finding)!;
  return `${match[1]}:${match[2]}:${match[3]}`;
};

export function fromCli(directory: string): Comparable[] {
  const report = parseJsonReport(runCli(['--format', 'json', '--exit-zero', '--time-budget', '0', '.'], directory));
  return report.findings.map((f) => comparable(f.file, { line: f.line, column: f.column }, { line: f.endLine, column: f.endColumn }, f.ruleId, f.message)).sort();
}

/** The language id an editor gives a file of a fixture app. */
function languageIdOf(file: string): string {
  if (/\.[mc]?ts$/.test(file)) return 'typescript';
  if (/\.php$/.test(file)) return 'php';
  if (/\.ya?ml$/.test(file)) return 'yaml';
  if (/\.ini$/.test(file)) return 'ini';
  return 'javascript';
}

/** Every source file of the app opened in the language server, one after the other, with its diagnostics. */
export async function fromServer(directory: string, app: FixtureApp): Promise<Comparable[]> {
  // No time budget, as the CLI above runs with --time-budget 0: the faces must agree on the analysis, and a loaded
  // machine (CI, parallel test runs) pushed the cross-file lifecycle reads of a cold start past the 2 s default.
  const client = await LspTestClient.start({ workspaceFolders: [directory], settings: { timeBudget: 0 } });
  try {
    const found: Comparable[] = [];
    for (const file of app.sources) {
      const uri = uriOf(path.join(directory, file));
      await client.open(uri, languageIdOf(file), fs.readFileSync(path.join(directory, file), 'utf8'));
      for (const d of (await client.diagnosticsFor(uri, 1)).diagnostics) {
        found.push(comparable(file, { line: d.range.start.line + 1, column: d.range.start.character + 1 }, { line: d.range.end.line + 1, column: d.range.end.character + 1 }, String(d.code), typeof d.message === 'string' ? d.message : d.message.value));
      }
    }
    return found.sort();
  } finally {
    await client.stop();
  }
}
