import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyzer } from './analysis';
import { toDiagnostics, type TextOfFile } from './diagnostics';
import type { OpenDocuments } from './documents';
import type { SettingsCache } from './settings';

export const DEFAULT_DEBOUNCE_MS = 150;

export interface ValidationOptions {
  /** 'pull' when the client requests diagnostics (`textDocument/diagnostic`), 'push' otherwise. */
  readonly mode: 'push' | 'pull';
  readonly debounceMs: number;
  readonly publish: (uri: string, version: number | undefined, diagnostics: Diagnostic[]) => void;
  /** Asks a pulling client to pull again (after a settings change); absent when the client cannot. */
  readonly refresh?: () => void;
  readonly textOf: TextOfFile;
}

/**
 * When documents are analysed and where the diagnostics go. Typing is debounced, a newer change
 * cancels a pending analysis, and only diagnostics for the document's latest version are ever
 * published or returned. `run: onSave` analyses on open and save only.
 */
export class Validator {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastChange = new Map<string, number>();
  /** Documents seen since they were opened. */
  private readonly known = new Set<string>();
  /** The last diagnostics per document, returned to a pulling client while `run` is onSave. */
  private readonly lastResults = new Map<string, { resultId: string; diagnostics: Diagnostic[] }>();

  constructor(
    private readonly documents: OpenDocuments,
    private readonly analyzer: Analyzer,
    private readonly settings: SettingsCache,
    private readonly options: ValidationOptions,
  ) {}

  /**
   * A document opened or changed (`TextDocuments` reports an open as a change too). The first
   * version is analysed at once; later ones after the debounce, and only when `run` is onType.
   */
  async changed(document: TextDocument): Promise<void> {
    const first = !this.known.has(document.uri);
    this.known.add(document.uri);
    if (!first) this.lastChange.set(document.uri, Date.now());
    if (this.options.mode === 'pull') return;
    if (first) {
      this.schedule(document.uri, 0);
      return;
    }
    if (!(await this.onSaveOnly(document.uri))) this.schedule(document.uri, this.options.debounceMs);
  }

  async documentSaved(document: TextDocument): Promise<void> {
    if (!(await this.onSaveOnly(document.uri))) return;
    if (this.options.mode === 'push') this.schedule(document.uri, 0);
    else {
      this.lastResults.delete(document.uri);
      this.options.refresh?.();
    }
  }

  closed(uri: string): void {
    this.cancel(uri);
    this.known.delete(uri);
    this.lastChange.delete(uri);
    this.lastResults.delete(uri);
    if (this.options.mode === 'push') this.options.publish(uri, undefined, []);
  }

  /** Settings or project facts changed: every open document is analysed again. */
  revalidateAll(): void {
    this.lastResults.clear();
    if (this.options.mode === 'pull') {
      this.options.refresh?.();
      return;
    }
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  /**
   * Files that open documents' analyses read (imported modules, manifests) changed, so their
   * findings may have. While the module is being typed in, they follow its debounce, and a document
   * analysed only on save (by setting or for being slow) keeps its diagnostics until then; a save
   * reaches them all at once, a change on disk after the debounce (a checkout writes many files: the
   * documents that read them are analysed once, after the last).
   */
  async readsChanged(uris: readonly string[], cause: 'typing' | 'saved' | 'disk'): Promise<void> {
    const due: string[] = [];
    for (const uri of uris) {
      if (!this.documents.get(uri)) continue;
      if (cause === 'typing' && (await this.onSaveOnly(uri))) continue;
      this.lastResults.delete(uri);
      due.push(uri);
    }
    if (due.length === 0) return;
    if (this.options.mode === 'pull') this.options.refresh?.();
    else for (const uri of due) this.schedule(uri, cause === 'saved' ? 0 : this.options.debounceMs);
  }

  /** Answers `textDocument/diagnostic` for a pulling client. */
  async pull(uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const document = this.documents.get(uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const kept = this.lastResults.get(uri);
    if (kept && (await this.onSaveOnly(uri))) return report(kept.resultId, kept.diagnostics, previousResultId);
    await this.quietPeriod(uri, token);
    const current = this.documents.get(uri);
    if (token.isCancellationRequested || !current) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The document changed; diagnostics will be pulled again.');
    const analysis = await this.analyzer.analyzeDocument(current);
    const resultId = `${analysis.version}|${analysis.generations}`;
    if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    const diagnostics = analysis.settings.enable ? toDiagnostics(analysis, this.options.textOf) : [];
    this.lastResults.set(uri, { resultId, diagnostics });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnostics };
  }

  /**
   * True for a document analysed on open and save only: by the `run: onSave` setting, or for being
   * over the time budget (it waits for the next save instead of lagging every keystroke).
   */
  private async onSaveOnly(uri: string): Promise<boolean> {
    const settings = await this.settings.get(uri);
    return settings.run === 'onSave' || this.analyzer.isSlow(uri);
  }

  private schedule(uri: string, delay: number): void {
    this.cancel(uri);
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      void this.validate(uri);
    }, delay));
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  private async validate(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const analysis = await this.analyzer.analyzeDocument(document);
    // A newer version arrived while this one was analysed: its own validation will publish.
    const current = this.documents.get(uri);
    if (!current || current.version !== analysis.version || this.timers.has(uri)) return;
    const diagnostics = analysis.settings.enable ? toDiagnostics(analysis, this.options.textOf) : [];
    this.options.publish(uri, analysis.version, diagnostics);
  }

  /** Waits until the document has not changed for the debounce time, so a pull per keystroke analyses once. */
  private async quietPeriod(uri: string, token: CancellationToken): Promise<void> {
    for (;;) {
      const since = Date.now() - (this.lastChange.get(uri) ?? 0);
      const remaining = this.options.debounceMs - since;
      if (remaining <= 0 || token.isCancellationRequested) return;
      await new Promise((resolve) => setTimeout(resolve, remaining));
    }
  }
}

function report(resultId: string, diagnostics: Diagnostic[], previousResultId: string | undefined): DocumentDiagnosticReport {
  return previousResultId === resultId ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId } : { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnostics };
}
