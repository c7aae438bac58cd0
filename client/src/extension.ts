import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  WorkDoneProgress,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { checkEslintOverlap } from './eslintNotice';
import { DOCUMENT_SELECTOR } from './selector';
import { createStatusBar } from './statusBar';

/** Commands the client handles itself; the server's own (scan, documentation) are registered by vscode-languageclient. */
const COMMANDS = {
  restart: 'sessionlint.restart',
  showOutput: 'sessionlint.showOutput',
  fixAll: 'sessionlint.fixAll',
} as const;
const SCAN_WORKSPACE = 'sessionlint.scanWorkspace';

interface ScanSummary {
  readonly files: number;
  readonly analysed: number;
  readonly filesWithFindings: number;
  readonly findings: number;
  readonly cancelled: boolean;
}

/**
 * The running client. VS Code calls `deactivate` without arguments and waits for the promise it
 * returns, so the client that must be stopped there has to be reachable from module scope.
 */
let running: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // The bundled server sits at the same path inside the .vsix as in the repository.
  const module = context.asAbsolutePath('server/dist/main.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    diagnosticCollectionName: 'sessionlint',
    outputChannelName: 'sessionlint',
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    middleware: {
      executeCommand: (command, args, next) => (command === SCAN_WORKSPACE ? scanWorkspace(client, args) : next(command, args)),
    },
  };
  const client: LanguageClient = new LanguageClient('sessionlint', 'sessionlint', serverOptions, clientOptions);
  running = client;
  context.subscriptions.push(
    createStatusBar(client, COMMANDS.showOutput),
    vscode.commands.registerCommand(COMMANDS.restart, () => client.restart()),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => client.outputChannel.show()),
    vscode.commands.registerCommand(COMMANDS.fixAll, () =>
      vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.sessionlint', apply: 'first' }),
    ),
  );
  // Awaited, so that a command that activated the extension finds the server's commands registered.
  await client.start();
  // Not awaited: the notice waits for the user's answer.
  void checkEslintOverlap(context);
}

export async function deactivate(): Promise<void> {
  const client = running;
  running = undefined;
  await client?.stop();
}

/**
 * Runs the server's workspace scan behind a cancellable notification: the request carries a
 * work-done token whose reports move the progress bar, and Cancel cancels the request.
 * (Progress the server creates itself would only show in the status bar, without a Cancel button.)
 */
function scanWorkspace(client: LanguageClient, args: unknown[]): Thenable<ScanSummary | undefined> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'sessionlint', cancellable: true }, async (progress, token) => {
    const workDoneToken = `sessionlint.scan.${Date.now()}`;
    let done = 0;
    const subscription = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
      if (value.kind === 'end') return;
      const percentage = value.percentage ?? done;
      progress.report({ message: value.message ?? value.kind, increment: percentage - done });
      done = percentage;
    });
    try {
      const summary = (await client.sendRequest(ExecuteCommandRequest.type, { command: SCAN_WORKSPACE, arguments: args, workDoneToken }, token)) as ScanSummary | null;
      if (summary) void vscode.window.showInformationMessage(scanMessage(summary));
      return summary ?? undefined;
    } finally {
      subscription.dispose();
    }
  });
}

function scanMessage(summary: ScanSummary): string {
  const prefix = summary.cancelled ? 'sessionlint: scan cancelled after' : 'sessionlint: scanned';
  return `${prefix} ${summary.analysed} of ${summary.files} files; ${summary.findings} findings in ${summary.filesWithFindings} files.`;
}
