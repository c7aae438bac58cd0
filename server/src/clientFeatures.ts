import type { ClientCapabilities, InitializeParams } from 'vscode-languageserver/node';

/** What the connected client can do, read once from `initialize`. The server adapts instead of assuming VS Code. */
export interface ClientFeatures {
  /** `textDocument/diagnostic`: the client pulls diagnostics; otherwise the server pushes them. */
  readonly pullDiagnostics: boolean;
  /** `workspace/diagnostic/refresh`: the server can ask a pulling client to pull again (after a settings change). */
  readonly diagnosticRefresh: boolean;
  /** `workspace/configuration`: settings per resource; otherwise they come with `didChangeConfiguration`. */
  readonly configuration: boolean;
  /** Dynamic registration of `workspace/didChangeConfiguration` (VS Code only sends it when registered). */
  readonly configurationRegistration: boolean;
  /** Dynamic registration of file watchers (package.json changes). */
  readonly watchedFilesRegistration: boolean;
  /** Server-initiated work-done progress (`window/workDoneProgress/create`). */
  readonly workDoneProgress: boolean;
  readonly showDocument: boolean;
  /** Versioned edits in workspace edits, so a stale quick fix is rejected instead of corrupting the file. */
  readonly documentChanges: boolean;
  readonly workspaceFolders: boolean;
  /** `codeAction/resolve` can fill in an action's edit, so the fix-all edit is only computed when chosen. */
  readonly codeActionResolveEdit: boolean;
}

export function clientFeatures(capabilities: ClientCapabilities): ClientFeatures {
  return {
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
    configuration: capabilities.workspace?.configuration === true,
    configurationRegistration: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesRegistration: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    workDoneProgress: capabilities.window?.workDoneProgress === true,
    showDocument: capabilities.window?.showDocument?.support === true,
    documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
    workspaceFolders: capabilities.workspace?.workspaceFolders === true,
    codeActionResolveEdit: capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true,
  };
}

/**
 * Options a client may pass in `initializationOptions`. `settings` serves clients without
 * `workspace/configuration`; `debounceMs` lets tests and benchmarks measure analysis without the typing delay.
 */
export interface InitializationOptions {
  readonly settings?: unknown;
  readonly debounceMs?: number;
}

export function initializationOptions(params: InitializeParams): InitializationOptions {
  const raw = params.initializationOptions;
  if (!raw || typeof raw !== 'object') return {};
  const options = raw as Record<string, unknown>;
  const debounce = options['debounceMs'];
  return {
    settings: options['settings'],
    ...(typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0 ? { debounceMs: debounce } : {}),
  };
}
