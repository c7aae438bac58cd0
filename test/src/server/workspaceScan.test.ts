import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CancellationTokenSource,
  ExecuteCommandRequest,
  WorkDoneProgressCancelNotification,
  type ProgressToken,
  type WorkDoneProgressBegin,
} from 'vscode-languageserver-protocol/node';
import { LspTestClient, type ProgressValue } from './lspClient';
import { byCode, expressApp, tempDir, uriOf } from './inputs';

interface ScanSummary {
  files: number;
  analysed: number;
  open: number;
  skipped: number;
  filesWithFindings: number;
  findings: number;
  cancelled: boolean;
}

const SECURE = expressApp().replace('httpOnly: false', 'httpOnly: true');

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function scan(client: LspTestClient, workDoneToken?: ProgressToken, token?: CancellationTokenSource): Promise<ScanSummary> {
  return client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'sessionlint.scanWorkspace', ...(workDoneToken !== undefined ? { workDoneToken } : {}) }, token?.token) as Promise<ScanSummary>;
}

/** Progress values reported under tokens the server created (as opposed to ones we passed). */
function newProgress(client: LspTestClient, known: ReadonlySet<ProgressToken>): Promise<[ProgressToken, ProgressValue[]]> {
  return client.waitFor(() => [...client.progress.entries()].find(([token, values]) => !known.has(token) && values.length > 0), 'a new progress');
}

describe('server: workspace scan', function () {
  let dir: string;
  let client: LspTestClient;

  beforeEach(async () => {
    dir = tempDir();
  });

  afterEach(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes diagnostics for files that are not open, with progress, respecting .gitignore', async () => {
    for (let i = 0; i < 10; i++) write(path.join(dir, 'src', `insecure${i}.js`), expressApp());
    for (let i = 0; i < 5; i++) write(path.join(dir, 'src', `secure${i}.ts`), SECURE);
    write(path.join(dir, 'src', 'open.js'), expressApp());
    write(path.join(dir, '.gitignore'), 'generated/\n');
    write(path.join(dir, 'generated', 'bundle.js'), expressApp());
    write(path.join(dir, 'node_modules', 'express-session', 'index.js'), expressApp());
    write(path.join(dir, 'README.md'), '# session cookie app\n');
    client = await LspTestClient.start({ workspaceFolders: [dir] });
    const openUri = uriOf(path.join(dir, 'src', 'open.js'));
    await client.open(openUri, 'javascript', expressApp());
    await client.diagnosticsFor(openUri, 1);

    const summary = await scan(client);
    // The secure files may hold findings of other rules; cookie-httponly is checked per file below.
    assert.deepEqual({ ...summary, findings: undefined, filesWithFindings: undefined }, { files: 16, analysed: 15, open: 1, skipped: 0, filesWithFindings: undefined, findings: undefined, cancelled: false });
    assert.ok(summary.filesWithFindings >= 10 && summary.findings >= 10);
    for (let i = 0; i < 10; i++) {
      const published = client.latest(uriOf(path.join(dir, 'src', `insecure${i}.js`)));
      assert.equal(published?.version, undefined);
      assert.equal(byCode(published?.diagnostics ?? [], 'cookie-httponly').length, 1, `insecure${i}.js`);
    }
    for (const skipped of ['generated/bundle.js', 'node_modules/express-session/index.js']) {
      assert.equal(client.diagnostics.get(uriOf(path.join(dir, skipped))), undefined, skipped);
    }
    assert.equal(byCode(client.latest(uriOf(path.join(dir, 'src', 'secure0.ts')))?.diagnostics ?? [], 'cookie-httponly').length, 0);
    assert.ok(client.diagnostics.get(openUri)!.every((p) => p.version === 1), 'the open document keeps its live diagnostics');

    const [[, values]] = [...client.progress.entries()];
    const begin = values![0] as WorkDoneProgressBegin;
    assert.equal(begin.kind, 'begin');
    assert.equal(begin.cancellable, true);
    assert.match(begin.title, /scanning workspace/);
    assert.ok(values!.some((v) => v.kind === 'report' && /\d+\/16 files/.test(v.message ?? '')), JSON.stringify(values));
    assert.equal(values!.at(-1)!.kind, 'end');
  });

  it('a new scan clears the diagnostics of files fixed since the last one', async () => {
    write(path.join(dir, 'a.js'), expressApp());
    write(path.join(dir, 'b.js'), expressApp());
    client = await LspTestClient.start({ workspaceFolders: [dir] });
    assert.equal((await scan(client)).filesWithFindings, 2);
    // a.js no longer sets up a session at all; b.js is deleted.
    write(path.join(dir, 'a.js'), "export const greeting = 'hello';\n");
    fs.rmSync(path.join(dir, 'b.js'));
    assert.equal((await scan(client)).filesWithFindings, 0);
    assert.deepEqual(client.latest(uriOf(path.join(dir, 'a.js')))!.diagnostics, []);
    assert.deepEqual(client.latest(uriOf(path.join(dir, 'b.js')))!.diagnostics, []);
  });

  describe('cancellation', function () {
    beforeEach(() => {
      for (let i = 0; i < 600; i++) write(path.join(dir, `m${Math.floor(i / 100)}`, `file${i}.js`), expressApp());
    });

    it('stops when the user cancels the progress (window/workDoneProgress/cancel)', async () => {
      client = await LspTestClient.start({ workspaceFolders: [dir] });
      const running = scan(client);
      const [token] = await newProgress(client, new Set());
      await client.connection.sendNotification(WorkDoneProgressCancelNotification.type, { token });
      const summary = await running;
      assert.equal(summary.cancelled, true);
      // Cancelled while listing, the scan knows fewer than the 600 files.
      assert.ok(summary.files <= 600 && summary.analysed < 600, JSON.stringify(summary));
      assert.equal(client.progress.get(token)!.at(-1)!.kind, 'end');
      assert.match(String((client.progress.get(token)!.at(-2) as { message?: string }).message), /cancelled/);
    });

    it('stops when the request is cancelled, reporting on the token the client passed', async () => {
      client = await LspTestClient.start({ workspaceFolders: [dir] });
      client.watchProgress('scan-1');
      const source = new CancellationTokenSource();
      const running = scan(client, 'scan-1', source).then(
        (summary) => summary,
        (error: Error) => error,
      );
      await client.waitFor(() => (client.progress.get('scan-1')!.length > 0 ? true : undefined), 'progress begin');
      source.cancel();
      const outcome = await running;
      if (!(outcome instanceof Error)) assert.ok(outcome.cancelled && outcome.analysed < 600, JSON.stringify(outcome));
      await client.waitFor(() => (client.progress.get('scan-1')!.at(-1)!.kind === 'end' ? true : undefined), 'progress end');
      const published = [...client.diagnostics.keys()].length;
      assert.ok(published < 600, `published ${published} files`);
      assert.ok(client.alive);
    });
  });
});
