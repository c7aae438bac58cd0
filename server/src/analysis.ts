import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../rules/dist/engine';
import type { Finding } from '../../rules/dist/model/finding';
import type { ProjectContext } from '../../rules/dist/model/project';
import { LineIndex } from '../../rules/dist/model/range';
import type { DocumentMemory } from '../../rules/dist/model/documentMemory';
import { DocumentMemories } from './documentMemories';
import { documentInfo, type DocumentInfo } from './documents';
import { errorMessage, type Logger } from './log';
import type { ProjectFacts } from './project';
import type { ServerSettings, SettingsCache } from './settings';

/** The findings for one version of one document, with everything needed to turn them into LSP. */
export interface DocumentAnalysis {
  readonly info: DocumentInfo;
  readonly version: number;
  /** The exact text analysed: finding offsets index into it. */
  readonly text: string;
  readonly settings: ServerSettings;
  readonly project: ProjectContext;
  readonly findings: readonly Finding[];
}

/** Findings of one text; `parseError` says the text could not be read (half-typed code), so it has none. */
export interface TextAnalysis {
  readonly findings: readonly Finding[];
  readonly parseError?: string;
}

/** Workspace folders as file system paths; project facts are looked up inside them. */
export type WorkspaceRoots = () => readonly string[];

/**
 * Runs the engine for documents and remembers the result for the latest version of each, so the
 * diagnostics, code actions and pull requests of one version share one analysis. Never throws:
 * a file that cannot be analysed has no findings and one log line.
 */
export class Analyzer {
  private readonly latest = new Map<string, { key: string; generations: string; text: string; analysis: Promise<DocumentAnalysis> }>();
  /** Documents over the time budget (see {@link isSlow}), until they are closed. */
  private readonly slow = new Set<string>();
  /** What the engine keeps of the documents analysed last, to re-parse only what the next edit changes. */
  private readonly memories = new DocumentMemories();

  constructor(
    private readonly settings: SettingsCache,
    private readonly project: ProjectFacts,
    private readonly roots: WorkspaceRoots,
    private readonly logger: Logger,
  ) {}

  /**
   * The analysis of the document's current version (cached while version, settings and project
   * facts stay the same). A new version with the text last analysed (a save or a format that
   * changed nothing, an edit and its undo within one debounce) keeps that analysis: its edit could
   * not change a finding.
   */
  analyzeDocument(document: TextDocument): Promise<DocumentAnalysis> {
    const generations = `${this.settings.generation}|${this.project.generation}`;
    const key = `${document.version}|${generations}`;
    const cached = this.latest.get(document.uri);
    if (cached && cached.key === key) return cached.analysis;
    const text = document.getText();
    const analysis =
      cached && cached.generations === generations && cached.text === text
        ? cached.analysis.then((previous) => ({ ...previous, version: document.version }))
        : this.run(document);
    this.latest.set(document.uri, { key, generations, text, analysis });
    return analysis;
  }

  /**
   * Analyses text that is not an open document's current version (a workspace file, a fix-all pass),
   * or is, with the document's memory.
   */
  async analyzeText(text: string, info: DocumentInfo, settings: ServerSettings, project: ProjectContext, memory?: DocumentMemory): Promise<TextAnalysis> {
    if (!settings.enable || !info.language) return { findings: [] };
    try {
      const result = await analyze(text, { fileName: info.fileName, languageId: info.languageId, settings: settings.engine, project, maxFileBytes: settings.maxFileBytes, memory });
      if (result.skipped === 'size' && result.size) {
        const kib = (bytes: number): string => `${Math.ceil(bytes / 1024)} KiB`;
        this.logger.once(`${info.uri}|size`, 'info', `${info.fileName}: not analysed, ${kib(result.size.bytes)} is over the size budget of ${kib(result.size.maxFileBytes)} (sessionlint.maxFileSize)`);
      }
      if (settings.timeBudgetMs > 0 && result.elapsedMs !== undefined && result.elapsedMs > settings.timeBudgetMs && !this.slow.has(info.uri)) {
        this.slow.add(info.uri);
        this.logger.once(`${info.uri}|slow`, 'warn', `${info.fileName}: analysis took ${Math.round(result.elapsedMs)} ms, over the time budget of ${settings.timeBudgetMs} ms (sessionlint.timeBudget); it is analysed on open and save only from now on`);
      }
      if (result.parseError) this.logger.once(`${info.uri}|parse`, 'info', `${info.fileName}: not analysed, ${result.parseError}`);
      for (const { ruleId, message } of result.ruleErrors) {
        this.logger.once(`${info.uri}|rule|${ruleId}|${message}`, 'warn', `${info.fileName}: rule ${ruleId} failed: ${message}`);
      }
      return result.parseError ? { findings: result.findings, parseError: result.parseError } : { findings: result.findings };
    } catch (error) {
      this.logger.once(`${info.uri}|engine|${errorMessage(error)}`, 'warn', `${info.fileName}: analysis failed: ${errorMessage(error)}`);
      return { findings: [], parseError: errorMessage(error) };
    }
  }

  get projectGeneration(): number {
    return this.project.generation;
  }

  projectFor(info: DocumentInfo): ProjectContext {
    return this.project.contextFor(info.fileName, this.roots());
  }

  /** True for a document whose analysis went over the time budget: it is analysed on save, not as the user types. */
  isSlow(uri: string): boolean {
    return this.slow.has(uri);
  }

  forget(uri: string): void {
    this.latest.delete(uri);
    this.slow.delete(uri);
    this.memories.forget(uri);
    this.logger.forget(`${uri}|`);
  }

  private async run(document: TextDocument): Promise<DocumentAnalysis> {
    const info = documentInfo(document.uri, document.languageId);
    const text = document.getText();
    const settings = await this.settings.get(document.uri);
    const project = this.projectFor(info);
    const { findings } = await this.analyzeText(text, info, settings, project, this.memories.for(document.uri, text.length));
    return { info, version: document.version, text, settings, project, findings };
  }
}

const lineIndexes = new WeakMap<DocumentAnalysis, LineIndex>();

/** Offsets → LSP positions for the analysed text (UTF-16 columns; CR, LF and CRLF line ends). */
export function linesOf(analysis: DocumentAnalysis): LineIndex {
  let lines = lineIndexes.get(analysis);
  if (!lines) {
    lines = new LineIndex(analysis.text);
    lineIndexes.set(analysis, lines);
  }
  return lines;
}
