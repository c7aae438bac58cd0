import * as path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../rules/dist/engine';
import { budgetMessage } from '../../rules/dist/model/budget';
import type { Finding } from '../../rules/dist/model/finding';
import type { ProjectContext } from '../../rules/dist/model/project';
import { LineIndex } from '../../rules/dist/model/range';
import { moduleCandidates } from '../../rules/dist/workspace';
import { mayBeListed, mayBeListedPhp } from '../../rules/dist/workspace/packageFiles';
import type { DocumentMemory } from '../../rules/dist/model/documentMemory';
import { DocumentMemories } from './documentMemories';
import { documentInfo, type DocumentInfo } from './documents';
import { errorMessage, type Logger } from './log';
import type { ProjectFacts } from './project';
import { validatesLanguage, type ServerSettings, type SettingsCache } from './settings';

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

/** The analysis of an open document's version. */
export interface OpenDocumentAnalysis extends DocumentAnalysis {
  /** What else the analysis depended on (settings, project facts, the files it read): with the version, a pull's result id. */
  readonly generations: string;
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
  private readonly latest = new Map<string, { key: string; generations: string; text: string; analysis: Promise<OpenDocumentAnalysis>; reads: Reads }>();
  /** Per document: how often a file its analysis read (an imported module) changed since it was opened. */
  private readonly readsChanged = new Map<string, number>();
  /** Documents over the time budget (see {@link isSlow}), until they are closed. */
  private readonly slow = new Set<string>();
  /** Documents whose last analysis went over the time budget, not yet slow: one more in a row makes them slow. */
  private readonly overBudgetOnce = new Set<string>();
  /** What the engine keeps of the documents analysed last, to re-parse only what the next edit changes. */
  private readonly memories = new DocumentMemories();

  constructor(
    private readonly settings: SettingsCache,
    private readonly project: ProjectFacts,
    private readonly roots: WorkspaceRoots,
    private readonly logger: Logger,
  ) {}

  /**
   * The analysis of the document's current version (cached while version, settings, project facts
   * and the modules it imports stay the same). A new version with the text last analysed (a save or
   * a format that changed nothing, an edit and its undo within one debounce) keeps that analysis:
   * its edit could not change a finding.
   */
  analyzeDocument(document: TextDocument): Promise<OpenDocumentAnalysis> {
    const generations = `${this.settings.generation}|${this.project.generation}|${this.readsChanged.get(document.uri) ?? 0}`;
    const key = `${document.version}|${generations}`;
    const cached = this.latest.get(document.uri);
    if (cached && cached.key === key) return cached.analysis;
    const text = document.getText();
    if (cached && cached.generations === generations && cached.text === text) {
      const analysis = cached.analysis.then((previous) => ({ ...previous, version: document.version }));
      this.latest.set(document.uri, { ...cached, key, analysis });
      return analysis;
    }
    const reads: Reads = { files: new Map(), listings: new Set(), phpListings: new Set() };
    const analysis = this.run(document, generations, reads);
    this.latest.set(document.uri, { key, generations, text, analysis, reads });
    return analysis;
  }

  /**
   * A file's text changed: an open document was opened, edited or closed (its importers read its
   * unsaved text), or a file changed on disk (`onDisk`). Returns the open documents whose last
   * analysis read it, or looked for it, with another text than `text` (when it is known), and, for a
   * source file created or deleted on disk, those whose application model listed its package: their
   * findings may change with it, so their analyses are dropped and they must be analysed again.
   */
  fileChanged(fileName: string, text?: string, onDisk = false): string[] {
    const readers: string[] = [];
    for (const [uri, { reads }] of this.latest) {
      const read = reads.files.has(fileName) && (text === undefined || reads.files.get(fileName) !== text);
      // A file the listing did not hold (created) or held (deleted: it is among the files read) changes the model.
      const listed = onDisk && !reads.files.has(fileName) && ([...reads.listings].some((root) => mayBeListed(root, fileName)) || [...reads.phpListings].some((root) => mayBeListedPhp(root, fileName)));
      if (!read && !listed) continue;
      this.readsChanged.set(uri, (this.readsChanged.get(uri) ?? 0) + 1);
      readers.push(uri);
    }
    return readers;
  }

  /**
   * Analyses text that is not an open document's current version (a workspace file, a fix-all pass),
   * or is, with the document's memory.
   */
  async analyzeText(text: string, info: DocumentInfo, settings: ServerSettings, project: ProjectContext, memory?: DocumentMemory): Promise<TextAnalysis> {
    if (!settings.enable || !info.language || !validatesLanguage(settings, info.languageId)) return { findings: [] };
    try {
      // The time budget interrupts the analysis (value resolution, handler flows): one file cannot hold the server.
      const timeBudget = settings.timeBudgetMs > 0 ? { timeBudgetMs: settings.timeBudgetMs } : {};
      const result = await analyze(text, { fileName: info.fileName, languageId: info.languageId, settings: settings.engine, project, maxFileBytes: settings.maxFileBytes, memory, ...timeBudget });
      if (result.budgetExhausted) this.logger.once(`${info.uri}|budget`, 'warn', budgetMessage(info.fileName, result.budgetExhausted));
      if (result.skipped === 'minified') this.logger.once(`${info.uri}|minified`, 'info', `${info.fileName}: not analysed, it is minified or bundled code`);
      if (result.skipped === 'vendored') this.logger.once(`${info.uri}|vendored`, 'info', `${info.fileName}: not analysed, it is a browser library as distributed (IIFE/UMD wrapper, licence or version banner)`);
      if (result.skipped === 'size' && result.size) {
        const kib = (bytes: number): string => `${Math.ceil(bytes / 1024)} KiB`;
        this.logger.once(`${info.uri}|size`, 'info', `${info.fileName}: not analysed, ${kib(result.size.bytes)} is over the size budget of ${kib(result.size.maxFileBytes)} (sessionlint.maxFileSize)`);
      }
      const overBudget = settings.timeBudgetMs > 0 && result.elapsedMs !== undefined && result.elapsedMs > settings.timeBudgetMs;
      // Two analyses in a row over the budget make a document slow: one alone may carry the cold start
      // (the project's files and lockfiles read for the app model, a loaded machine), and a document
      // demoted for it would keep a fixed finding on screen until saved.
      if (!overBudget) this.overBudgetOnce.delete(info.uri);
      else if (!this.slow.has(info.uri) && !this.overBudgetOnce.has(info.uri)) this.overBudgetOnce.add(info.uri);
      else if (!this.slow.has(info.uri)) {
        this.overBudgetOnce.delete(info.uri);
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

  projectFor(info: DocumentInfo): ProjectContext {
    return this.project.contextFor(info.fileName, this.roots());
  }

  /** True for a document whose analyses went over the time budget twice in a row: it is analysed on save, not as the user types. */
  isSlow(uri: string): boolean {
    return this.slow.has(uri);
  }

  forget(uri: string): void {
    this.latest.delete(uri);
    this.readsChanged.delete(uri);
    this.slow.delete(uri);
    this.overBudgetOnce.delete(uri);
    this.memories.forget(uri);
    this.logger.forget(`${uri}|`);
  }

  /** Analyses the document, recording in `reads` the files its project facts and imports were read from. */
  private async run(document: TextDocument, generations: string, reads: Reads): Promise<OpenDocumentAnalysis> {
    const info = documentInfo(document.uri, document.languageId);
    const text = document.getText();
    const settings = await this.settings.get(document.uri);
    const project = recordingReads(this.projectFor(info), reads);
    // Read from disk only (never an editor's unsaved text): any change to one counts.
    for (const file of this.project.projectFilesOf(info.fileName, this.roots())) if (!reads.files.has(file)) reads.files.set(file, undefined);
    const { findings } = await this.analyzeText(text, info, settings, project, this.memories.for(document.uri, text.length));
    return { info, version: document.version, text, settings, project, findings, generations };
  }
}

/** What an analysis depended on besides its own text. */
interface Reads {
  /**
   * The files it read (imports, includes, the package's sources), with the text it read; undefined
   * for a file it looked for and did not find (creating it would change what an import resolves to)
   * and for project files read from disk (manifests, lockfiles, tsconfig.json).
   */
  readonly files: Map<string, string | undefined>;
  /** The package folders whose source listing the application model was built from. */
  readonly listings: Set<string>;
  /** The application folders whose PHP files were listed (the scripts that include a configuration). */
  readonly phpListings: Set<string>;
}

/** The project, with every module read through it, and every file probed before it, added to `reads`. */
function recordingReads(project: ProjectContext, { files: reads, listings, phpListings }: Reads): ProjectContext {
  const { readModule, packageSources, readFile, phpSources } = project;
  if (!readModule) return project;
  return {
    ...project,
    // PHP includes and a Laravel app's routes, controllers and kernel: a change to one (or its creation) may change the findings.
    ...(readFile
      ? {
          readFile: (fromFile: string, relativePath: string) => {
            const file = readFile(fromFile, relativePath);
            const probed = path.resolve(path.dirname(fromFile), relativePath);
            if (file) reads.set(file.fileName, file.text);
            else if (!reads.has(probed)) reads.set(probed, undefined);
            return file;
          },
        }
      : {}),
    // The application model reads the whole package: a change to any of its files may change the findings.
    ...(packageSources
      ? {
          packageSources: (fromFile: string) => {
            const sources = packageSources(fromFile);
            if (sources) listings.add(sources.root);
            for (const file of sources?.files ?? []) if (!reads.has(file)) reads.set(file, sources!.read(file));
            return sources;
          },
        }
      : {}),
    // Which scripts include a file is read from every PHP file's text: a change to any of them, or a script created, may change the findings.
    ...(phpSources
      ? {
          phpSources: (fromFile: string) => {
            const sources = phpSources(fromFile);
            if (sources) phpListings.add(sources.root);
            for (const file of sources?.files ?? []) if (!reads.has(file)) reads.set(file, sources!.read(file));
            return sources;
          },
        }
      : {}),
    readModule: (fromFile, specifier) => {
      const module = readModule(fromFile, specifier);
      for (const candidate of moduleCandidates(fromFile, specifier)) {
        if (candidate === module?.fileName) break;
        if (!reads.has(candidate)) reads.set(candidate, undefined);
      }
      if (module) reads.set(module.fileName, module.text);
      return module;
    },
  };
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
