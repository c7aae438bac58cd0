import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Linter } from 'eslint';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../rules/dist/engine';
import { LineIndex } from '../../../rules/dist/model/range';
import { makeProject, removeProject, runCli } from '../cli/support';
import { flatConfig } from '../eslint/support/lint';
import { LspTestClient } from '../server/lspClient';

/**
 * The same inputs through the three faces (issue: "Positions"): the engine's UTF-16 offsets, the
 * language server's LSP ranges, ESLint's line/column and the CLI's SARIF regions must all pick out
 * the same characters. Each face is read back with its own idea of a line: LSP and SARIF break
 * lines at CR, LF and CRLF; ESLint also at U+2028/U+2029. A BOM is not part of the text any face
 * counts in (editors and ESLint drop it; the CLI strips it when reading).
 */

interface PositionInput {
  readonly name: string;
  /** The file's content, BOM included where the case has one. */
  readonly content: string;
}

const INSECURE_LINE = "app.use(session({ secret: 'keyboard cat', cookie: { httpOnly: false, sameSite: 'none' } }));";
const HEADER = "const session = require('express-session');";

const INPUTS: readonly PositionInput[] = [
  { name: 'astral.js', content: `${HEADER}\nconst label = '😀𝒳😀'; /* 🎉 */ ${INSECURE_LINE}\nres.cookie('𝒳', v, { httpOnly: false });\n` },
  { name: 'tabs.js', content: `${HEADER}\n\t\tconst a = 1;\t${INSECURE_LINE}\n\t// 😀\tcomment\n\tres.cookie('sid', v, {\thttpOnly:\tfalse });\n` },
  { name: 'crlf.js', content: `${HEADER}\r\n// 😀\r\n\t${INSECURE_LINE}\r\n\r\nres.cookie('sid', v, { secure: false });\r\n` },
  { name: 'cr-only.js', content: `${HEADER}\r// 😀 old Mac line ends\r${INSECURE_LINE}\rres.cookie('sid', v, { secure: false });\r` },
  { name: 'bom-crlf.js', content: `\uFEFF${HEADER}\r\nconst e = '😀';\r\n${INSECURE_LINE}\r\n` },
  { name: 'line-separator.js', content: `${HEADER}\nconst banner = 'one\u2028two\u2029three';\n${INSECURE_LINE}\nres.cookie('sid', v, { httpOnly: false });\n` },
  { name: 'mixed.ts', content: `\uFEFF${HEADER}\r\n\t/* 𝒳 */ const x: string = '😀';\n${INSECURE_LINE}\r\n\t\tres.cookie('😀', v, { secure: false, httpOnly: false });\r` },
];

const SETTINGS = { preset: 'strict' as const };

function withoutBom(content: string): string {
  return content.startsWith('\uFEFF') ? content.slice(1) : content;
}

/** `ruleId@start: text` for each finding, from offsets into the BOM-less text. */
function picked(text: string, findings: readonly { ruleId: string; start: number; end: number }[]): string[] {
  return findings.map((f) => `${f.ruleId}@${f.start}: ${JSON.stringify(text.slice(f.start, f.end))}`).sort();
}

async function engineView(input: PositionInput): Promise<string[]> {
  const text = withoutBom(input.content);
  const result = await analyze(text, { fileName: `/project/src/${input.name}`, settings: SETTINGS });
  assert.equal(result.parseError, undefined, `${input.name} parses`);
  assert.ok(result.findings.length >= 2, `${input.name} has findings`);
  return picked(text, result.findings.map((f) => ({ ruleId: f.ruleId, start: f.range.start, end: f.range.end })));
}

function eslintView(input: PositionInput): string[] {
  const linter = new Linter({ cwd: '/project' });
  const messages = linter.verify(input.content, flatConfig({ parser: 'typescript-eslint', preset: 'strict' }), `/project/src/${input.name}`);
  assert.deepEqual(messages.filter((m) => m.fatal).map((m) => m.message), [], `${input.name}: ESLint parses it`);
  const sourceCode = linter.getSourceCode();
  const text = sourceCode.text;
  assert.equal(text, withoutBom(input.content), 'ESLint drops the BOM');
  return picked(
    text,
    messages.map((m) => ({
      ruleId: m.ruleId!.replace('sessionlint/', ''),
      // ESLint columns are 1-based in messages, 0-based in SourceCode locations.
      start: sourceCode.getIndexFromLoc({ line: m.line, column: m.column - 1 }),
      end: sourceCode.getIndexFromLoc({ line: m.endLine!, column: m.endColumn! - 1 }),
    })),
  );
}

interface SarifRegion {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

interface SarifLog {
  readonly runs: readonly {
    readonly columnKind: string;
    readonly results: readonly { readonly ruleId: string; readonly locations: readonly { readonly physicalLocation: { readonly artifactLocation: { readonly uri: string }; readonly region: SarifRegion } }[] }[];
  }[];
}

function sarifViews(inputs: readonly PositionInput[]): Map<string, string[]> {
  const files = Object.fromEntries(inputs.map((input) => [`src/${input.name}`, Buffer.from(input.content, 'utf8')]));
  const project = makeProject({ ...files, 'sessionlint.config.json': JSON.stringify({ preset: 'strict' }), 'package.json': '{"dependencies":{}}' });
  try {
    const run = runCli(['--format', 'sarif', '--exit-zero', 'src'], project);
    assert.equal(run.status, 0, run.stderr);
    const log = JSON.parse(run.stdout) as SarifLog;
    const [sarifRun] = log.runs;
    assert.equal(sarifRun!.columnKind, 'utf16CodeUnits');
    const views = new Map<string, string[]>();
    for (const input of inputs) {
      const text = withoutBom(input.content);
      const lines = new LineIndex(text);
      const results = sarifRun!.results.filter((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === `src/${input.name}`);
      views.set(
        input.name,
        picked(
          text,
          results.map((r) => {
            const region = r.locations[0]!.physicalLocation.region;
            return {
              ruleId: r.ruleId,
              start: lines.offsetAt({ line: region.startLine - 1, character: region.startColumn - 1 }),
              end: lines.offsetAt({ line: region.endLine - 1, character: region.endColumn - 1 }),
            };
          }),
        ),
      );
    }
    return views;
  } finally {
    removeProject(project);
  }
}

describe('robustness: positions agree across the engine, LSP, ESLint and SARIF', function () {
  this.timeout(60_000);
  let client: LspTestClient;
  let sarif: Map<string, string[]>;

  before(async () => {
    sarif = sarifViews(INPUTS);
    client = await LspTestClient.start({ settings: SETTINGS });
  });
  after(async () => client?.stop());

  for (const input of INPUTS) {
    it(`${input.name}: every face picks out the same characters`, async () => {
      const expected = await engineView(input);
      // The inputs are built so that every finding sits after the tricky characters on its line or file.
      assert.ok(expected.length >= 2);

      assert.deepEqual(eslintView(input), expected, 'ESLint');
      assert.deepEqual(sarif.get(input.name), expected, 'SARIF');

      const text = withoutBom(input.content);
      const uri = pathToFileURL(path.join('/nonexistent-sessionlint-positions/src', input.name)).href;
      await client.open(uri, input.name.endsWith('.ts') ? 'typescript' : 'javascript', text);
      const published = await client.diagnosticsFor(uri, 1);
      const document = TextDocument.create(uri, 'javascript', 1, text);
      const lsp = picked(
        text,
        published.diagnostics.map((d) => ({ ruleId: String(d.code), start: document.offsetAt(d.range.start), end: document.offsetAt(d.range.end) })),
      );
      await client.close(uri);
      assert.deepEqual(lsp, expected, 'LSP');
    });
  }

  it('the inputs really contain what they claim', () => {
    const all = INPUTS.map((i) => i.content).join('');
    for (const needle of ['\uFEFF', '\r\n', '\t', '😀', '\u2028', '\u2029']) assert.ok(all.includes(needle), JSON.stringify(needle));
    assert.ok(INPUTS.some((i) => i.content.includes('\r') && !i.content.includes('\n')), 'a CR-only file');
  });
});
