import { spawn, type ChildProcess } from 'node:child_process';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidChangeConfigurationNotification,
  type ClientCapabilities,
  type Registration,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowDocumentParams,
  type TextDocumentContentChangeEvent,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
  type WorkspaceEdit,
  type ProgressToken,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LSP_BIN } from '../support/paths';

export type ProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

export interface StartOptions {
  /** Ask for pull diagnostics (`textDocument/diagnostic`) instead of push. */
  readonly pull?: boolean;
  /** The `sessionlint` section answered to `workspace/configuration` (mutable through `client.settings`). */
  readonly settings?: Record<string, unknown>;
  readonly workspaceFolders?: readonly string[];
  readonly debounceMs?: number;
  /** Leave out `workspace/configuration`, as minimal clients do. */
  readonly noConfiguration?: boolean;
  readonly initializationOptions?: Record<string, unknown>;
  /** Leave out `codeAction/resolve` support, so the fix-all edit comes inline. */
  readonly noResolve?: boolean;
  /** Leave out versioned `documentChanges` in workspace edits. */
  readonly noDocumentChanges?: boolean;
  /** The server's main module; default bin/sessionlint-lsp.js (the bundled one in the .vsix is another). */
  readonly serverModule?: string;
  /** Node options for the server process (`--cpu-prof`, `--inspect`). */
  readonly nodeArgs?: readonly string[];
}

function capabilities(options: StartOptions): ClientCapabilities {
  return {
    workspace: {
      configuration: !options.noConfiguration,
      workspaceFolders: true,
      workspaceEdit: { documentChanges: !options.noDocumentChanges },
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
    window: { workDoneProgress: true, showDocument: { support: true } },
    textDocument: {
      synchronization: { didSave: true },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
        isPreferredSupport: true,
        ...(options.noResolve ? {} : { resolveSupport: { properties: ['edit'] } }),
      },
      ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
  };
}

/**
 * A minimal LSP client driving the real server process (`bin/sessionlint-lsp.js --stdio`) over
 * JSON-RPC, recording what the server sends: diagnostics, progress, logs, documents to show.
 */
export class LspTestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly progress = new Map<ProgressToken, ProgressValue[]>();
  readonly logs: LogMessageParams[] = [];
  readonly shownDocuments: ShowDocumentParams[] = [];
  readonly documents = new Map<string, TextDocument>();
  /** Capabilities the server registered dynamically (`client/registerCapability`). */
  readonly registrations: Registration[] = [];
  refreshRequests = 0;
  configurationRequests = 0;
  settings: Record<string, unknown>;
  stderr = '';
  initializeResult!: InitializeResult;
  private listeners: (() => void)[] = [];
  private exited = false;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    process.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    process.on('exit', () => (this.exited = true));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const list = this.diagnostics.get(params.uri) ?? [];
      list.push(params);
      this.diagnostics.set(params.uri, list);
      this.notify();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params);
      this.notify();
    });
    connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests++;
      return params.items.map((item) => (item.section === 'sessionlint' ? this.settings : null));
    });
    connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
      this.watchProgress(token);
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      this.notify();
    });
    connection.onRequest(ShowDocumentRequest.type, (params) => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshRequests++;
      this.notify();
    });
  }

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.serverModule ?? LSP_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspTestClient(child, connection, options);
    connection.listen();
    const folders = options.workspaceFolders ?? [];
    const { pathToFileURL } = await import('node:url');
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0] ? pathToFileURL(folders[0]).href : null,
      workspaceFolders: folders.map((folder) => ({ uri: pathToFileURL(folder).href, name: folder })),
      capabilities: capabilities(options),
      initializationOptions: { debounceMs: options.debounceMs ?? 20, ...(options.initializationOptions ?? {}) },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(uri: string, languageId: string, text: string): Promise<TextDocument> {
    const document = TextDocument.create(uri, languageId, 1, text);
    this.documents.set(uri, document);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return document;
  }

  /** Sends incremental changes; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const current = this.documents.get(uri);
    if (!current) throw new Error(`${uri} is not open`);
    const version = current.version + 1;
    const updated = TextDocument.update(current, changes, version);
    this.documents.set(uri, updated);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces the whole text (as an incremental change covering everything). */
  async replaceText(uri: string, text: string): Promise<number> {
    const current = this.documents.get(uri)!;
    return this.change(uri, [{ range: { start: { line: 0, character: 0 }, end: current.positionAt(current.getText().length) }, text }]);
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { sessionlint: settings } });
  }

  /** Applies a workspace edit to the client's copy of the documents and tells the server, as an editor would. */
  async applyEdit(edit: WorkspaceEdit): Promise<void> {
    const perDocument = edit.documentChanges
      ? edit.documentChanges.map((change) => {
          if (!('textDocument' in change)) throw new Error('only text edits are expected');
          const open = this.documents.get(change.textDocument.uri);
          if (change.textDocument.version !== null && open?.version !== change.textDocument.version) throw new Error('edit for a stale version');
          return { uri: change.textDocument.uri, edits: change.edits.filter((e): e is Extract<typeof e, { newText: string }> => 'newText' in e) };
        })
      : Object.entries(edit.changes ?? {}).map(([uri, edits]) => ({ uri, edits }));
    for (const { uri, edits } of perDocument) {
      const document = this.documents.get(uri)!;
      await this.replaceText(uri, TextDocument.applyEdits(document, edits));
    }
  }

  text(uri: string): string {
    return this.documents.get(uri)!.getText();
  }

  /** The latest diagnostics published for a document. */
  latest(uri: string): PublishDiagnosticsParams | undefined {
    return this.diagnostics.get(uri)?.at(-1);
  }

  /** Resolves when `check` returns a value other than undefined; rejects after `timeoutMs`. */
  waitFor<T>(check: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const attempt = (): boolean => {
        const value = check();
        if (value === undefined) return false;
        cleanup();
        resolve(value);
        return true;
      };
      const listener = (): void => void attempt();
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.slice(-2000)}; logs: ${this.logs.map((l) => l.message).join(' | ').slice(-2000)}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
      };
      this.listeners.push(listener);
      attempt();
    });
  }

  /** The diagnostics published for exactly this version of a document. */
  diagnosticsFor(uri: string, version: number = this.documents.get(uri)?.version ?? 1): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => this.diagnostics.get(uri)?.find((p) => p.version === version), `diagnostics for ${uri} version ${version}`);
  }

  get alive(): boolean {
    return !this.exited && this.process.exitCode === null;
  }

  async stop(): Promise<void> {
    if (this.alive) {
      try {
        await Promise.race([this.connection.sendRequest(ShutdownRequest.type), delay(2000)]);
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        // The process is gone already.
      }
    }
    await Promise.race([new Promise((resolve) => (this.exited ? resolve(undefined) : this.process.once('exit', resolve))), delay(2000)]);
    if (!this.exited) this.process.kill();
    this.connection.dispose();
  }

  /** Records `$/progress` for a token (created by the server, or passed by us as `workDoneToken`). */
  watchProgress(token: ProgressToken): void {
    this.progress.set(token, []);
    this.connection.onProgress(WorkDoneProgress.type, token, (value) => {
      this.progress.get(token)!.push(value);
      this.notify();
    });
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * One server process for a whole `describe` block (starting one costs about a second: the
 * TypeScript parser loads). After each test its documents are closed and the settings reset,
 * so tests stay independent.
 */
export function sharedServer(options: StartOptions = {}): { readonly client: LspTestClient } {
  const holder: { client: LspTestClient } = { client: undefined as unknown as LspTestClient };
  before(async () => {
    holder.client = await LspTestClient.start(options);
  });
  afterEach(async () => {
    const { client } = holder;
    for (const uri of [...client.documents.keys()]) await client.close(uri);
    if (JSON.stringify(client.settings) !== JSON.stringify(options.settings ?? {})) await client.changeSettings({ ...(options.settings ?? {}) });
  });
  after(async () => {
    await holder.client?.stop();
  });
  return holder;
}
