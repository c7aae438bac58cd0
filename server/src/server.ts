import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { Analyzer } from './analysis';
import { clientFeatures, initializationOptions, type ClientFeatures } from './clientFeatures';
import { FIX_ALL_KIND, FIX_ALL_TITLE, hasSafeFixes, isFixAllData, quickFixes, wantsKind, workspaceEdit, type CodeActionOptions } from './codeActions';
import { Commands, SERVER_COMMANDS } from './commands';
import { readTextFile } from './diagnostics';
import { OpenDocuments } from './documents';
import { fixAllEdit } from './fixAll';
import { findingHover } from './hover';
import { Logger, errorMessage } from './log';
import { ProjectFacts, WATCHED_FILES } from './project';
import { SettingsCache } from './settings';
import { isFileUri, uriToFileName } from './uri';
import { DEFAULT_DEBOUNCE_MS, Validator } from './validation';
import { WorkspaceScanner } from './workspaceScan';
import type { DocumentAnalysis } from './analysis';
import { ProjectConfigs } from './projectConfig';
import { readOwnManifest } from '../../rules/dist/runtime/packageRoot';

/** State that `initialize` fills in: what the client can do and where the workspace is. */
interface Session {
  features: ClientFeatures;
  roots: string[];
  /** The `sessionlint` settings of clients without `workspace/configuration`. */
  pushedSettings: unknown;
}

function rootsOf(folders: readonly WorkspaceFolder[] | null | undefined, rootUri: string | null | undefined): string[] {
  const uris = folders && folders.length > 0 ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
  return uris.filter(isFileUri).map(uriToFileName);
}

/**
 * Wires the LSP connection to the parts of the server: documents, settings, analysis,
 * diagnostics (pushed or pulled), code actions, commands and the workspace scan.
 */
export function startServer(connection: Connection): void {
  const session: Session = { features: clientFeatures({}), roots: [], pushedSettings: undefined };
  const logger = new Logger(connection.console);
  const documents = new OpenDocuments();
  const textOf = (fileName: string): string | undefined => documents.textOf(fileName) ?? readTextFile(fileName);
  const onSettingsProblem = (message: string): void => logger.once(`settings|${message}`, 'warn', message);
  const projectConfigs = new ProjectConfigs(onSettingsProblem);
  const settings = new SettingsCache(
    (resource) => (session.features.configuration ? connection.workspace.getConfiguration({ scopeUri: resource, section: 'sessionlint' }) : Promise.resolve(session.pushedSettings)),
    onSettingsProblem,
    projectConfigs,
  );
  const project = new ProjectFacts((fileName) => documents.textOf(fileName), (message) => logger.once(`project|${message}`, 'warn', message));
  const analyzer = new Analyzer(settings, project, () => session.roots, logger);
  const publish = (uri: string, version: number | undefined, diagnostics: Diagnostic[]): void => {
    void connection.sendDiagnostics({ uri, ...(version === undefined ? {} : { version }), diagnostics });
  };
  const scanner = new WorkspaceScanner({ documents, analyzer, settings, roots: () => session.roots, publish: (uri, d) => publish(uri, undefined, d), textOf, logger });
  const commands = new Commands(connection, () => session.features, scanner);
  let validator: Validator | undefined;
  const codeActionOptions = (): CodeActionOptions => ({ documentChanges: session.features.documentChanges, textOf });
  const fixAll = async (analysis: DocumentAnalysis): Promise<CodeAction | undefined> => {
    const edit = await fixAllEdit(analysis, (text) => analyzer.analyzeText(text, analysis.info, analysis.settings, analysis.project));
    return edit ? { title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: workspaceEdit(analysis, [edit], codeActionOptions()) } : undefined;
  };
  const report = (what: string) => (error: unknown) => logger.error(`${what} failed: ${errorMessage(error)}`);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    session.features = clientFeatures(params.capabilities);
    session.roots = rootsOf(params.workspaceFolders, params.rootUri);
    const options = initializationOptions(params);
    session.pushedSettings = options.settings;
    const pull = session.features.pullDiagnostics;
    validator = new Validator(documents, analyzer, settings, {
      mode: pull ? 'pull' : 'push',
      debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
      publish,
      textOf,
      ...(session.features.diagnosticRefresh ? { refresh: () => void connection.languages.diagnostics.refresh().catch(report('diagnostic refresh')) } : {}),
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: session.features.codeActionResolveEdit },
        executeCommandProvider: { commands: SERVER_COMMANDS },
        hoverProvider: true,
        ...(pull ? { diagnosticProvider: { identifier: 'sessionlint', interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'sessionlint', version: serverVersion() },
    };
  });

  connection.onInitialized(() => {
    if (session.features.configurationRegistration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'sessionlint' }).catch(report('registration'));
    if (session.features.watchedFilesRegistration) {
      const watchers = WATCHED_FILES.map((globPattern) => ({ globPattern }));
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(report('registration'));
    }
    if (session.features.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(rootsOf(event.removed, undefined));
        session.roots = [...session.roots.filter((r) => !removed.has(r)), ...rootsOf(event.added, undefined)];
        project.reset();
        validator?.revalidateAll();
      });
    }
  });

  documents.documents.onDidOpen(({ document }) => {
    // A scan may have published diagnostics for this file; live (pulled) ones replace them.
    if (scanner.release(document.uri) && session.features.pullDiagnostics) publish(document.uri, undefined, []);
  });
  /**
   * A file's text changed for the documents whose analyses read it (an import, an include, a
   * manifest, the package's listing); `text` when it is known. Typing follows the debounce; a file
   * changed on disk too (a checkout or a formatter writes many files at once: one analysis after them).
   */
  const readsChanged = (uri: string, cause: 'typing' | 'saved' | 'disk', text?: string): void => {
    if (!isFileUri(uri)) return;
    const fileName = uriToFileName(uri);
    // The loader keeps what the disk holds: an editor's text (typed, or dropped on close) is not its business.
    if (cause === 'disk') project.fileChanged(fileName);
    void validator?.readsChanged(analyzer.fileChanged(fileName, text, cause === 'disk'), cause).catch(report(`validating the importers of ${uri}`));
  };
  documents.documents.onDidChangeContent(({ document }) => {
    void validator?.changed(document).catch(report(`validating ${document.uri}`));
    // Opening a module whose text is the one its importers read from disk changes nothing for them.
    readsChanged(document.uri, 'typing', document.getText());
  });
  documents.documents.onDidSave(({ document }) => {
    // What is read from disk only (manifests, lockfiles, tsconfig.json) changes with the save.
    readsChanged(document.uri, 'disk', document.getText());
    void validator?.documentSaved(document).catch(report(`validating ${document.uri}`));
  });
  documents.documents.onDidClose(({ document }) => {
    validator?.closed(document.uri);
    analyzer.forget(document.uri);
    settings.delete(document.uri);
    // Its importers read it from disk again, without the unsaved changes.
    readsChanged(document.uri, 'saved');
  });

  connection.onDidChangeConfiguration((change) => {
    if (!session.features.configuration) {
      const sent = (change.settings as Record<string, unknown> | null | undefined)?.['sessionlint'];
      if (sent !== undefined) session.pushedSettings = sent;
    }
    settings.clear();
    validator?.revalidateAll();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    let configChanged = false;
    for (const change of changes) {
      if (!isFileUri(change.uri)) continue;
      if (projectConfigs.fileChanged(uriToFileName(change.uri))) configChanged = true;
      // An open file's importers read its text in the editor, which did not change with the disk;
      // what is read from disk only (a manifest, a lockfile) is forgotten all the same.
      if (documents.get(change.uri)) project.fileChanged(uriToFileName(change.uri));
      else readsChanged(change.uri, 'disk');
    }
    if (configChanged) {
      settings.clear();
      validator?.revalidateAll();
    }
  });

  connection.languages.diagnostics.on((params, token) => {
    if (!validator) throw new Error('not initialized');
    return validator.pull(params.textDocument.uri, params.previousResultId, token);
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const analysis = await analyzer.analyzeDocument(document);
    if (!analysis.settings.enable || documents.get(params.textDocument.uri)?.version !== analysis.version) return [];
    const only = params.context.only;
    const actions: CodeAction[] = wantsKind(only, CodeActionKind.QuickFix) ? quickFixes(analysis, params, codeActionOptions()) : [];
    if (wantsKind(only, FIX_ALL_KIND) && hasSafeFixes(analysis)) {
      // Unasked (the light bulb), the fix-all edit is computed only if the user picks the action.
      if (!only && session.features.codeActionResolveEdit) {
        actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, data: { fixAll: true, uri: document.uri, version: analysis.version } });
      } else {
        const action = await fixAll(analysis);
        if (action) actions.push(action);
      }
    }
    return actions;
  });

  connection.onCodeActionResolve(async (action) => {
    if (!isFixAllData(action.data)) return action;
    const document = documents.get(action.data.uri);
    if (!document || document.version !== action.data.version) return action;
    const resolved = await fixAll(await analyzer.analyzeDocument(document));
    return resolved ? { ...action, edit: resolved.edit } : action;
  });

  connection.onExecuteCommand((params, token, progress) => commands.execute(params, token, progress));

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const analysis = await analyzer.analyzeDocument(document);
    if (!analysis.settings.enable || documents.get(params.textDocument.uri)?.version !== analysis.version) return null;
    return findingHover(analysis, params.position);
  });

  documents.documents.listen(connection);
  connection.listen();
}

function serverVersion(): string {
  try {
    const { version } = readOwnManifest();
    return typeof version === 'string' ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
