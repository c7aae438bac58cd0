import type { CancellationToken, Diagnostic, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { frontendFor } from '../../rules/dist/frontends/registry';
import { languageOf } from '../../rules/dist/language';
import { isInside, readSourceFile, walkFiles } from '../../rules/dist/workspace';
import type { Analyzer } from './analysis';
import { toDiagnostics, type TextOfFile } from './diagnostics';
import { documentInfo, type OpenDocuments } from './documents';
import type { Logger } from './log';
import type { SettingsCache } from './settings';
import { fileNameToUri } from './uri';

/** What a scan did; also the result of the `sessionlint.scanWorkspace` command. */
export interface ScanSummary {
  /** Files of a language sessionlint reads. */
  readonly files: number;
  readonly analysed: number;
  /** Open documents are left to the live diagnostics. */
  readonly open: number;
  /** Unreadable, binary or too large. */
  readonly skipped: number;
  readonly filesWithFindings: number;
  readonly findings: number;
  readonly cancelled: boolean;
}

export interface ScanDependencies {
  readonly documents: OpenDocuments;
  readonly analyzer: Analyzer;
  readonly settings: SettingsCache;
  readonly roots: () => readonly string[];
  readonly publish: (uri: string, diagnostics: Diagnostic[]) => void;
  readonly textOf: TextOfFile;
  readonly logger: Logger;
}

const PROGRESS_INTERVAL_MS = 100;

function folderOf(fileName: string, roots: readonly string[]): string {
  return roots.filter((root) => isInside(root, fileName)).sort((a, b) => b.length - a.length)[0] ?? fileName;
}

function analysable(fileName: string): boolean {
  const language = languageOf(fileName);
  return language !== undefined && frontendFor(language) !== undefined;
}

/**
 * Analyses every file of the workspace folders and publishes diagnostics for the files that are not
 * open. Yields to the event loop after each file, so typing in the editor is never held up.
 */
export class WorkspaceScanner {
  /** Files that hold diagnostics from a scan: a later scan or an open clears them. */
  private readonly published = new Set<string>();

  constructor(private readonly deps: ScanDependencies) {}

  /** Called when a document opens: drops the scan's diagnostics for it, so they do not double up with the live ones. Returns whether there were any. */
  release(uri: string): boolean {
    return this.published.delete(uri);
  }

  async scan(progress: WorkDoneProgressReporter, token: CancellationToken): Promise<ScanSummary> {
    const { documents, analyzer, settings, logger } = this.deps;
    const roots = this.deps.roots();
    progress.begin('sessionlint: scanning workspace', 0, 'listing files', true);
    const abort = new AbortController();
    const subscription = token.onCancellationRequested(() => abort.abort());
    const counts = { analysed: 0, open: 0, skipped: 0, filesWithFindings: 0, findings: 0 };
    let files: readonly string[] = [];
    try {
      const walk = await walkFiles({ directories: roots, includeFile: analysable, signal: abort.signal });
      files = walk.files;
      for (const problem of walk.problems) logger.once(`scan|${problem.path}`, 'info', problem.message);
      const stale = new Set(this.published);
      let lastReport = 0;
      for (let i = 0; i < files.length && !token.isCancellationRequested; i++) {
        if (Date.now() - lastReport >= PROGRESS_INTERVAL_MS) {
          progress.report(Math.floor((i / files.length) * 100), `${i}/${files.length} files`);
          lastReport = Date.now();
        }
        const fileName = files[i]!;
        const uri = fileNameToUri(fileName);
        stale.delete(uri);
        if (documents.byFileName(fileName)) {
          counts.open++;
          continue;
        }
        const read = readSourceFile(fileName);
        if (!read.ok) {
          logger.once(`scan|${fileName}`, 'info', `${fileName}: not scanned, ${read.message}`);
          counts.skipped++;
          continue;
        }
        const info = documentInfo(uri, '');
        // Settings are resource-scoped per folder; asking per file would cost a round trip per file.
        const fileSettings = await settings.get(fileNameToUri(folderOf(fileName, roots)));
        const project = analyzer.projectFor(info);
        const { findings } = await analyzer.analyzeText(read.text, info, fileSettings, project);
        const diagnostics = toDiagnostics({ info, version: 0, text: read.text, settings: fileSettings, project, findings }, this.deps.textOf);
        counts.analysed++;
        if (diagnostics.length > 0 || this.published.has(uri)) this.publish(uri, diagnostics);
        if (diagnostics.length > 0) {
          counts.filesWithFindings++;
          counts.findings += diagnostics.length;
        }
        // Let didChange, code actions and a cancellation through between files.
        await new Promise((resolve) => setImmediate(resolve));
      }
      // Files that had findings in an earlier scan and are gone or now ignored.
      if (!token.isCancellationRequested) for (const uri of stale) this.publish(uri, []);
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    } finally {
      subscription.dispose();
    }
    const cancelled = token.isCancellationRequested;
    progress.report(100, `${cancelled ? 'cancelled after ' : ''}${counts.analysed}/${files.length} files, ${counts.findings} findings`);
    progress.done();
    return { files: files.length, ...counts, cancelled };
  }

  private publish(uri: string, diagnostics: Diagnostic[]): void {
    if (diagnostics.length > 0) this.published.add(uri);
    else this.published.delete(uri);
    this.deps.publish(uri, diagnostics);
  }
}
