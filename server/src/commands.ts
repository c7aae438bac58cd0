import {
  CancellationTokenSource,
  ErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type ExecuteCommandParams,
  WorkDoneProgressReporter,
} from 'vscode-languageserver/node';
import { pathToFileURL } from 'node:url';
import { ruleDocsUrl } from '../../rules/dist/model/rule';
import { shippedReadme } from '../../rules/dist/ruleDocs';
import { allRules } from '../../rules/dist/rules';
import type { ClientFeatures } from './clientFeatures';
import { SHOW_DOCUMENTATION_COMMAND } from './codeActions';
import type { ScanSummary, WorkspaceScanner } from './workspaceScan';

export const SCAN_WORKSPACE_COMMAND = 'sessionlint.scanWorkspace';
export const SERVER_COMMANDS = [SHOW_DOCUMENTATION_COMMAND, SCAN_WORKSPACE_COMMAND];

/** Null progress for clients that cannot show any. */
const NO_PROGRESS: WorkDoneProgressReporter = { begin() {}, report() {}, done() {} };

/**
 * `workspace/executeCommand`: "Show documentation for <rule>" and "Scan Workspace". Arguments
 * travel with the command; the server keeps no table of pending commands.
 */
export class Commands {
  private runningScan: CancellationTokenSource | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly features: () => ClientFeatures,
    private readonly scanner: WorkspaceScanner,
  ) {}

  async execute(params: ExecuteCommandParams, token: CancellationToken, progress: WorkDoneProgressReporter): Promise<unknown> {
    switch (params.command) {
      case SHOW_DOCUMENTATION_COMMAND:
        return this.showDocumentation(params.arguments?.[0]);
      case SCAN_WORKSPACE_COMMAND:
        // vscode-languageserver attaches a reporter when the client passed a workDoneToken.
        return this.scanWorkspace(token, progress, !WorkDoneProgressReporter.isNullInstance(progress));
      default:
        throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}.`);
    }
  }

  /**
   * Opens a rule's documentation: the README shipped in the package, in the editor (offline), else
   * the online copy in the browser. Answers with the address, for clients that cannot open one.
   */
  private async showDocumentation(ruleId: unknown): Promise<{ url: string; shown: boolean }> {
    // Only known rule ids: the URL is ours, never one a document could smuggle in.
    const rule = allRules.find((r) => r.meta.id === ruleId);
    if (!rule) throw new ResponseError(ErrorCodes.InvalidParams, `Unknown rule ${String(ruleId)}.`);
    const shipped = shippedReadme(rule.meta.id);
    const url = shipped ? pathToFileURL(shipped).href : ruleDocsUrl(rule.meta.id);
    if (this.features().showDocument) {
      const { success } = await this.connection.window.showDocument(shipped ? { uri: url, takeFocus: true } : { uri: url, external: true });
      return { url, shown: success };
    }
    void this.connection.window.showInformationMessage(`Documentation for ${rule.meta.id}: ${url}`);
    return { url, shown: false };
  }

  /** One scan at a time: a new scan cancels the one running. */
  private async scanWorkspace(token: CancellationToken, attached: WorkDoneProgressReporter, clientToken: boolean): Promise<ScanSummary> {
    this.runningScan?.cancel();
    const source = new CancellationTokenSource();
    // Create the token now: cancelling a source whose token was never asked for leaves a frozen
    // token behind, and a second cancel() (the client's and the next scan's) then throws.
    void source.token;
    this.runningScan = source;
    const subscriptions = [token.onCancellationRequested(() => source.cancel())];
    let progress = attached;
    if (!clientToken) {
      if (this.features().workDoneProgress) {
        const created = await this.connection.window.createWorkDoneProgress();
        subscriptions.push(created.token.onCancellationRequested(() => source.cancel()));
        progress = created;
      } else progress = NO_PROGRESS;
    }
    try {
      return await this.scanner.scan(progress, source.token);
    } finally {
      for (const subscription of subscriptions) subscription.dispose();
      if (this.runningScan === source) this.runningScan = undefined;
      source.dispose();
    }
  }
}
