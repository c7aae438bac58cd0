import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  CodeActionRequest,
  DidSaveTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  LSPErrorCodes,
  ResponseError,
  type CodeAction,
  type Command,
  type DocumentDiagnosticReport,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { normalizeSettings } from '../../../server/dist/settings';
import { freshAnalysis, summarize, type DiagnosticSummary } from '../server/inputs';
import { delay, LspTestClient } from '../server/lspClient';
import { Random } from '../support/random';
import { TYPED } from './support/chaos';
import { corpus } from './support/corpus';

/**
 * Server chaos (issue: "Server chaos"): seeded random interleavings of open, change, close, code
 * actions (applied or not), configuration changes, saves, a workspace scan and cancellations,
 * sent without waiting for the answers. The server must stay up, answer every request (a
 * cancellation answer counts, an internal error does not), log no error, and end with the
 * diagnostics a fresh `analyze` of the final texts gives. SESSIONLINT_CHAOS_SEED replays one seed.
 */

const OPERATIONS_PER_RUN = 150;
const SEEDS = process.env['SESSIONLINT_CHAOS_SEED'] ? [Number(process.env['SESSIONLINT_CHAOS_SEED'])] : [1, 2, 3, 4, 5, 6];
const FINAL_SETTINGS = { preset: 'strict', run: 'onType' };

const SETTINGS_POOL: readonly Record<string, unknown>[] = [
  { preset: 'strict' },
  { preset: 'recommended' },
  { preset: 'strict', run: 'onSave' },
  { enable: false },
  { preset: 'strict', rules: { 'cookie-httponly': 'off', 'cookie-secure': ['error'] } },
  { preset: 'strict', envDependent: 'ignore', testFiles: 'check' },
  { preset: 'nonsense', rules: { 'no-such-rule': 'loud' }, maxFileSize: -3 },
];

type Outcome = 'answered' | 'cancelled';

/** The texts the run starts from: fixtures of each language (small ones, so a run stays quick). */
function startingTexts(): { name: string; languageId: string; text: string }[] {
  const languageIds: Record<string, string> = { js: 'javascript', php: 'php', ini: 'ini', yaml: 'yaml', htaccess: 'plaintext' };
  const picked = new Map<string, { name: string; languageId: string; text: string }[]>();
  for (const entry of corpus()) {
    if (entry.fixture.text.length > 2500) continue;
    const list = picked.get(entry.language) ?? [];
    if (list.length < 3) list.push({ name: path.basename(entry.fixture.virtualFileName), languageId: languageIds[entry.language]!, text: entry.fixture.text });
    picked.set(entry.language, list);
  }
  return [...picked.values()].flat();
}

class ChaosRun {
  readonly pending: Promise<Outcome>[] = [];
  readonly texts = startingTexts();
  readonly uris: string[];
  readonly log: string[] = [];

  constructor(
    readonly client: LspTestClient,
    readonly random: Random,
    readonly pull: boolean,
  ) {
    const dir = `/nonexistent-sessionlint-chaos/${pull ? 'pull' : 'push'}-${random.seed}`;
    this.uris = this.texts.map((t, i) => pathToFileURL(path.join(dir, `${i}-${t.name}`)).href);
  }

  /** Sends a request and records how it was answered; an internal error fails the run. */
  private request(what: string, send: (token: CancellationTokenSource) => Promise<unknown>, cancelAfterMs?: number): void {
    const source = new CancellationTokenSource();
    const sent = send(source);
    // 0: cancelled right behind the request, before the server can have answered it.
    if (cancelAfterMs === 0) source.cancel();
    else if (cancelAfterMs !== undefined) setTimeout(() => source.cancel(), cancelAfterMs);
    const answered = sent.then(
      () => 'answered' as const,
      (error: unknown) => {
        if (error instanceof ResponseError && (error.code === LSPErrorCodes.RequestCancelled || error.code === LSPErrorCodes.ServerCancelled)) return 'cancelled' as const;
        throw new Error(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within 20 s`)), 20_000);
    });
    this.pending.push(Promise.race([answered, timeout]).finally(() => clearTimeout(timer)));
  }

  private randomRange(uri: string): Range {
    const document = this.client.documents.get(uri)!;
    const length = document.getText().length;
    const start = this.random.below(length + 1);
    const end = Math.min(length, start + (this.random.chance(0.5) ? 0 : this.random.below(40)));
    return { start: document.positionAt(start), end: document.positionAt(end) };
  }

  async step(): Promise<void> {
    const { client, random } = this;
    const index = random.below(this.uris.length);
    const uri = this.uris[index]!;
    const open = client.documents.has(uri);
    const operation = random.weighted<string>([
      ['open', open ? 0 : 4],
      ['change', open ? 10 : 0],
      ['close', open ? 1 : 0],
      ['codeAction', 4],
      ['applyFix', open ? 2 : 0],
      ['configuration', 1],
      ['save', open ? 1 : 0],
      ['pull', this.pull ? 3 : 0],
      ['scan', 0.3],
    ]);
    this.log.push(`${operation} ${index}`);
    switch (operation) {
      case 'open':
        await client.open(uri, this.texts[index]!.languageId, this.texts[index]!.text);
        break;
      case 'change': {
        const edits = random.below(3) + 1;
        for (let i = 0; i < edits && client.documents.has(uri); i++) {
          const text = random.chance(0.2) ? '' : random.pick(TYPED);
          await client.change(uri, [{ range: this.randomRange(uri), text }]);
        }
        break;
      }
      case 'close':
        await client.close(uri);
        break;
      case 'codeAction': {
        // Also for documents that are closed or were never opened.
        const range = open ? this.randomRange(uri) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        const only = random.pick([undefined, ['quickfix'], ['source.fixAll.sessionlint'], ['source']]);
        const diagnostics = client.latest(uri)?.diagnostics ?? [];
        this.request(
          'codeAction',
          (source) => client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } }, source.token),
          random.chance(0.3) ? random.below(15) : undefined,
        );
        break;
      }
      case 'applyFix': {
        // As an editor does: ask, then apply the edit if the document has not moved on meanwhile.
        const version = client.documents.get(uri)!.version;
        const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
          textDocument: { uri },
          range: this.randomRange(uri),
          context: { diagnostics: client.latest(uri)?.diagnostics ?? [], only: random.pick([['quickfix'], ['source.fixAll.sessionlint']]) },
        })) as (CodeAction | Command)[] | null;
        const withEdit = (actions ?? []).filter((a): a is CodeAction => 'edit' in a && a.edit !== undefined);
        if (withEdit.length > 0 && client.documents.get(uri)?.version === version) await client.applyEdit(random.pick(withEdit).edit!);
        break;
      }
      case 'configuration':
        await client.changeSettings(random.pick(SETTINGS_POOL));
        break;
      case 'save':
        await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
        break;
      case 'pull':
        this.request(
          'pull',
          (source) => client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }, source.token),
          random.chance(0.4) ? random.below(30) : undefined,
        );
        break;
      case 'scan':
        this.request('scan', (source) => client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'sessionlint.scanWorkspace' }, source.token), random.chance(0.5) ? random.below(5) : undefined);
        break;
    }
    if (random.chance(0.5)) await delay(random.below(25));
  }
}

async function expectedDiagnostics(client: LspTestClient, uri: string): Promise<DiagnosticSummary[]> {
  const document = client.documents.get(uri)!;
  const settings = normalizeSettings(FINAL_SETTINGS).settings;
  return freshAnalysis(document.getText(), new URL(uri).pathname, settings.engine);
}

for (const pull of [false, true]) {
  describe(`robustness: server chaos (${pull ? 'pull' : 'push'} diagnostics)`, function () {
    this.timeout(120_000);
    let client: LspTestClient;
    const tally = { operations: 0, requests: 0, cancelled: 0 };

    before(async () => {
      client = await LspTestClient.start({ pull, settings: FINAL_SETTINGS, debounceMs: 5 });
    });
    after(async () => {
      console.log(`      chaos (${pull ? 'pull' : 'push'}): ${tally.operations} operations, ${tally.requests} requests without waiting (${tally.cancelled} answered as cancelled)`);
      await client?.stop();
    });

    for (const seed of SEEDS) {
      it(`seed ${seed}: ${OPERATIONS_PER_RUN} random operations; the server answers everything and ends where a fresh analysis does`, async () => {
        const run = new ChaosRun(client, new Random(seed * (pull ? 7919 : 1)), pull);
        const context = (): string => `seed ${seed} (SESSIONLINT_CHAOS_SEED=${seed}); operations: ${run.log.join(', ')}; server stderr: ${client.stderr.slice(-1500)}`;
        try {
          for (let i = 0; i < OPERATIONS_PER_RUN; i++) await run.step();
          const outcomes = await Promise.all(run.pending);
          assert.ok(outcomes.length > 0);
          tally.requests += outcomes.length;
          tally.cancelled += outcomes.filter((o) => o === 'cancelled').length;
          tally.operations += run.log.length;
          assert.ok(client.alive, 'the server is up');

          // Settle on known settings; every open document must then show what a fresh analysis finds.
          const refreshes = client.refreshRequests;
          await client.changeSettings(FINAL_SETTINGS);
          for (const uri of run.uris) {
            if (!client.documents.has(uri)) {
              if (!pull) assert.deepEqual(client.latest(uri)?.diagnostics ?? [], [], `closed ${uri} keeps no diagnostics`);
              continue;
            }
            const expected = await expectedDiagnostics(client, uri);
            if (pull) {
              await client.waitFor(() => (client.refreshRequests > refreshes ? true : undefined), 'a diagnostic refresh');
              const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
              assert.equal(report.kind, 'full');
              assert.deepEqual(summarize('items' in report ? report.items : []), expected, uri);
            } else {
              const version = client.documents.get(uri)!.version;
              // Published after the settings change: for the final version, with the final settings.
              const published = await client.waitFor(() => {
                const latest = client.latest(uri);
                return latest?.version === version && JSON.stringify(summarize(latest.diagnostics)) === JSON.stringify(expected) ? latest : undefined;
              }, `final diagnostics of ${uri}`).catch(() => client.latest(uri));
              assert.deepEqual(summarize(published?.diagnostics ?? []), expected, uri);
            }
          }
          const errors = client.logs.filter((l) => l.type === 1).map((l) => l.message);
          assert.deepEqual(errors, [], 'no error in the server log');
          for (const uri of [...client.documents.keys()]) await client.close(uri);
        } catch (error) {
          throw new Error(`${(error as Error).message}\n${context()}`);
        }
      });
    }
  });
}
