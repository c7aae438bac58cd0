import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../rules/dist/engine';
import type { Settings } from '../../../rules/dist/model/settings';

/**
 * An Express app whose express-session cookie has HttpOnly turned off (cookie-httponly reports
 * `httpOnly: false`). The astral character in the comment shifts UTF-16 columns by one against
 * code points: `httpOnly` starts at UTF-16 column 23 of line 10 (22 code points).
 */
export function expressApp(eol = '\n'): string {
  return [
    "const express = require('express');",
    "const session = require('express-session');",
    '',
    'const app = express();',
    '',
    'app.use(',
    '  session({',
    '    secret: process.env.SESSION_SECRET,',
    '    resave: false,',
    '    saveUninitialized: false,',
    '    cookie: { /* 🍪 */ httpOnly: false, secure: true },',
    '  }),',
    ');',
    '',
    'app.listen(3000);',
    '',
  ].join(eol);
}

export const HTTP_ONLY_LINE = 10;
export const HTTP_ONLY_COLUMN = 23;

/** A fresh directory for one test's files; its path holds no test-folder name, so files are not treated as tests. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sessionlint-lsp-'));
}

export function uriOf(fileName: string): string {
  return pathToFileURL(fileName).href;
}

/** The settings the server uses when the client sends none (DEFAULT_SETTINGS). */
export const SERVER_DEFAULTS: Settings = { preset: 'recommended', testFiles: 'downgrade', envDependent: 'report' };

export interface DiagnosticSummary {
  readonly code: string;
  readonly range: string;
  readonly severity: number;
  readonly message: string;
}

const SEVERITY: Readonly<Record<string, number>> = { error: 1, warn: 2, info: 3 };

/** A diagnostic reduced to what a comparison needs, as a sortable record. */
export function summarize(diagnostics: readonly Diagnostic[]): DiagnosticSummary[] {
  return diagnostics
    .map((d) => ({ code: String(d.code), range: `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`, severity: d.severity ?? 0, message: typeof d.message === "string" ? d.message : d.message.value }))
    .sort((a, b) => a.range.localeCompare(b.range) || a.code.localeCompare(b.code));
}

/**
 * The oracle: what a fresh in-process `analyze` finds in a text, converted with TextDocument's own
 * position mapping (an implementation independent of the server's).
 */
export async function freshAnalysis(text: string, fileName: string, settings: Settings = SERVER_DEFAULTS): Promise<DiagnosticSummary[]> {
  const result = await analyze(text, { fileName, settings, project: { dependencies: {} } });
  const document = TextDocument.create('file:///oracle', 'plaintext', 1, text);
  return summarize(
    result.findings.map((f) => ({
      code: f.ruleId,
      range: { start: document.positionAt(f.range.start), end: document.positionAt(f.range.end) },
      severity: SEVERITY[f.severity],
      message: f.message,
    })) as Diagnostic[],
  );
}

export function byCode(diagnostics: readonly Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}
