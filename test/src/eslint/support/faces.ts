import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { parseJsonReport, runCli } from '../../cli/support';
import { LspTestClient } from '../../server/lspClient';
import { plugin, typescriptParser } from './plugin';
import { JS_TS_FILES } from './lint';

/**
 * One finding as every face can state it: file (relative to the scanned directory, `/`), rule id,
 * 1-based start and end, message, and the level (`error`/`warn`/`info`, ESLint: `error`/`warn`).
 */
export interface FaceFinding {
  readonly file: string;
  readonly rule: string;
  readonly start: string;
  readonly end: string;
  readonly message: string;
  readonly level: string;
}

export const byPlace = (a: FaceFinding, b: FaceFinding): number =>
  a.file.localeCompare(b.file) || a.start.localeCompare(b.start, undefined, { numeric: true }) || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);

/** The CLI as a user runs it: `sessionlint --format json <dir>` in the directory's parent. */
export function cliFindings(dir: string): FaceFinding[] {
  const report = parseJsonReport(runCli(['--format', 'json', path.basename(dir)], path.dirname(dir)));
  return report.findings
    .map((f) => ({
      file: path.posix.relative(path.basename(dir), f.file),
      rule: f.ruleId,
      start: `${f.line}:${f.column}`,
      end: `${f.endLine}:${f.endColumn}`,
      message: f.message,
      level: f.severity,
    }))
    .sort(byPlace);
}

/** The ESLint face through ESLint's Node API: `configs.recommended`, @typescript-eslint/parser for JS and TS. */
export async function eslintFindings(dir: string): Promise<FaceFinding[]> {
  const config: Linter.Config[] = [{ files: JS_TS_FILES, languageOptions: { parser: typescriptParser } }, plugin.configs.recommended];
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, errorOnUnmatchedPattern: false });
  const results = await eslint.lintFiles(['.']);
  const findings: FaceFinding[] = [];
  for (const result of results) {
    for (const m of result.messages) {
      findings.push({
        file: path.relative(dir, result.filePath).split(path.sep).join('/'),
        rule: m.ruleId?.replace(/^sessionlint\//, '') ?? `<${m.message}>`,
        start: `${m.line}:${m.column}`,
        end: `${m.endLine ?? m.line}:${m.endColumn ?? m.column}`,
        message: m.message,
        level: m.severity === 2 ? 'error' : 'warn',
      });
    }
  }
  return findings.sort(byPlace);
}

const LANGUAGE_IDS: Readonly<Record<string, string>> = { '.js': 'javascript', '.ts': 'typescript', '.php': 'php', '.ini': 'ini' };
const LEVELS = ['', 'error', 'warn', 'info', 'info'];

/** Files below a directory (no node_modules), relative with `/`. */
function filesBelow(dir: string, relative = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
    const name = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory() && entry.name !== 'node_modules') out.push(...filesBelow(dir, name));
    else if (entry.isFile()) out.push(name);
  }
  return out;
}

/**
 * The language server with the directory as its workspace folder and its default settings: every
 * file an editor would give a language id is opened, and its published diagnostics collected.
 */
export async function serverFindings(dir: string): Promise<FaceFinding[]> {
  const client = await LspTestClient.start({ workspaceFolders: [dir] });
  try {
    const findings: FaceFinding[] = [];
    for (const file of filesBelow(dir)) {
      const languageId = LANGUAGE_IDS[path.extname(file)];
      if (!languageId) continue;
      const uri = pathToFileURL(path.join(dir, file)).href;
      await client.open(uri, languageId, fs.readFileSync(path.join(dir, file), 'utf8'));
      const { diagnostics } = await client.diagnosticsFor(uri, 1);
      for (const d of diagnostics) {
        findings.push({
          file,
          rule: String(d.code),
          start: `${d.range.start.line + 1}:${d.range.start.character + 1}`,
          end: `${d.range.end.line + 1}:${d.range.end.character + 1}`,
          message: typeof d.message === 'string' ? d.message : d.message.value,
          level: LEVELS[d.severity ?? 1] ?? 'error',
        });
      }
    }
    return findings.sort(byPlace);
  } finally {
    await client.stop();
  }
}
