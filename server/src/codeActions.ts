import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type Range,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextEdit } from '../../rules/dist/model/edit';
import type { Finding } from '../../rules/dist/model/finding';
import { linesOf, type DocumentAnalysis } from './analysis';
import { shownFindings, SOURCE, toDiagnostic, toRange, type TextOfFile } from './diagnostics';
import { suppressionEdit } from './suppression';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.sessionlint`;
export const SHOW_DOCUMENTATION_COMMAND = 'sessionlint.showDocumentation';

/** What a code action needs to know about the client. */
export interface CodeActionOptions {
  readonly documentChanges: boolean;
  readonly textOf: TextOfFile;
}

/** True when the client asked for `kind` (an absent `only` asks for everything). */
export function wantsKind(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

/** Edits for the analysed version of the document; a versioned edit is refused by the client if the text moved on. */
export function workspaceEdit(analysis: DocumentAnalysis, edits: readonly TextEdit[], options: CodeActionOptions): WorkspaceEdit {
  const lines = linesOf(analysis);
  const lspEdits: LspTextEdit[] = edits.map((edit) => ({ range: toRange(lines, edit.range), newText: edit.newText }));
  const { uri } = analysis.info;
  return options.documentChanges ? { documentChanges: [{ textDocument: { uri, version: analysis.version }, edits: lspEdits }] } : { changes: { [uri]: lspEdits } };
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']): boolean => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** Whether a diagnostic the client sent back is this one. Clients send what they kept, so nothing is assumed present. */
function sameDiagnostic(finding: Diagnostic, other: Partial<Diagnostic> | undefined): boolean {
  const start = other?.range?.start;
  return other?.source === SOURCE && other.code === finding.code && start?.line === finding.range.start.line && start.character === finding.range.start.character;
}

function title(message: string): string {
  return message.endsWith('.') ? message.slice(0, -1) : message;
}

/**
 * Quick fixes for the findings under the requested range: the fix (preferred), each suggestion,
 * "Disable <rule> for this line" and "Show documentation for <rule>". Every edit travels inline
 * on its action, computed from the analysis of the version the client sees.
 */
export function quickFixes(analysis: DocumentAnalysis, params: CodeActionParams, options: CodeActionOptions): CodeAction[] {
  const fixes: CodeAction[] = [];
  const suppressions: CodeAction[] = [];
  const docs: CodeAction[] = [];
  const seenSuppressions = new Set<string>();
  const seenDocs = new Set<string>();
  const { codeActions } = analysis.settings;
  for (const finding of shownFindings(analysis)) {
    const diagnostic = toDiagnostic(analysis, finding, options.textOf);
    const requested = overlaps(diagnostic.range, params.range) || (params.context.diagnostics ?? []).some((d) => sameDiagnostic(diagnostic, d));
    if (!requested) continue;
    const diagnostics = [diagnostic];
    if (finding.fix) {
      fixes.push({ title: title(finding.fix.message), kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics, edit: workspaceEdit(analysis, finding.fix.edits, options) });
    }
    for (const suggestion of finding.suggestions) {
      fixes.push({ title: title(suggestion.message), kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(analysis, suggestion.edits, options) });
    }
    const line = diagnostic.range.start.line;
    if (codeActions.disableRuleComment && !seenSuppressions.has(`${finding.ruleId}:${line}`)) {
      seenSuppressions.add(`${finding.ruleId}:${line}`);
      suppressions.push(disableForLine(analysis, finding, line, diagnostics, options));
    }
    if (codeActions.showDocumentation && !seenDocs.has(finding.ruleId)) {
      seenDocs.add(finding.ruleId);
      docs.push({
        title: `Show documentation for ${finding.ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        command: { title: `Show documentation for ${finding.ruleId}`, command: SHOW_DOCUMENTATION_COMMAND, arguments: [finding.ruleId] },
      });
    }
  }
  return [...fixes, ...suppressions, ...docs];
}

function disableForLine(analysis: DocumentAnalysis, finding: Finding, line: number, diagnostics: Diagnostic[], options: CodeActionOptions): CodeAction {
  const edit = suppressionEdit(analysis.text, linesOf(analysis), line, analysis.info.lineComment, finding.ruleId, analysis.info.language);
  return { title: `Disable ${finding.ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(analysis, [edit], options) };
}

export function hasSafeFixes(analysis: DocumentAnalysis): boolean {
  return analysis.findings.some((f) => f.fix !== undefined);
}

export const FIX_ALL_TITLE = 'Fix all safe sessionlint problems';

/** Data carried by an unresolved fix-all action: which version of which document it was offered for. */
export interface FixAllData {
  readonly fixAll: true;
  readonly uri: string;
  readonly version: number;
}

export function isFixAllData(data: unknown): data is FixAllData {
  if (!data || typeof data !== 'object') return false;
  const value = data as Record<string, unknown>;
  return value['fixAll'] === true && typeof value['uri'] === 'string' && typeof value['version'] === 'number';
}
