import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DocumentDiagnosticRequest, type DocumentDiagnosticReport, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { delay, sharedServer, type LspTestClient } from './lspClient';
import { byCode, expressApp, freshAnalysis, summarize, tempDir, uriOf } from './inputs';

function full(report: DocumentDiagnosticReport): FullDocumentDiagnosticReport {
  assert.equal(report.kind, 'full');
  return report as FullDocumentDiagnosticReport;
}

describe('server: pull diagnostics', function () {
  const dir = tempDir();
  const server = sharedServer({ workspaceFolders: [dir], pull: true });
  let client: LspTestClient;
  let counter = 0;
  const fresh = (name: string): string => path.join(dir, `t${++counter}`, name);
  const pull = (uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> =>
    client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });

  beforeEach(() => {
    client = server.client;
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('announces a diagnostic provider whose results depend on other files (imports), and pushes nothing', async () => {
    assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, { identifier: 'sessionlint', interFileDependencies: true, workspaceDiagnostics: false });
    const uri = uriOf(fresh('app.js'));
    await client.open(uri, 'javascript', expressApp());
    await pull(uri);
    await delay(50);
    assert.equal(client.diagnostics.get(uri), undefined);
  });

  it('answers with the findings, then "unchanged" for the same version, then the new findings after a change', async () => {
    const file = fresh('app.js');
    const uri = uriOf(file);
    await client.open(uri, 'javascript', expressApp());
    const first = full(await pull(uri));
    assert.deepEqual(summarize(first.items), await freshAnalysis(expressApp(), file));
    assert.equal(byCode(first.items, 'cookie-httponly').length, 1);
    assert.deepEqual(await pull(uri, first.resultId), { kind: 'unchanged', resultId: first.resultId });
    await client.replaceText(uri, expressApp().replace('httpOnly: false', 'httpOnly: true'));
    const second = full(await pull(uri, first.resultId));
    assert.notEqual(second.resultId, first.resultId);
    assert.equal(byCode(second.items, 'cookie-httponly').length, 0);
  });

  it('asks the client to pull again when a module a document imports is edited, and answers "unchanged" for a document that does not import it', async () => {
    const configFile = fresh('config.js');
    const configUri = uriOf(configFile);
    const appUri = uriOf(path.join(path.dirname(configFile), 'app.js'));
    const otherUri = uriOf(path.join(path.dirname(configFile), 'other.js'));
    fs.mkdirSync(path.dirname(configFile), { recursive: true });
    fs.writeFileSync(configFile, 'module.exports = { cookieOptions: { httpOnly: true } };\n');
    await client.open(configUri, 'javascript', 'module.exports = { cookieOptions: { httpOnly: true } };\n');
    await client.open(appUri, 'javascript', "const session = require('express-session');\nconst { cookieOptions } = require('./config');\nmodule.exports = session({ secret: process.env.SESSION_SECRET, cookie: cookieOptions });\n");
    await client.open(otherUri, 'javascript', expressApp());
    const app = full(await pull(appUri));
    const other = full(await pull(otherUri));
    assert.equal(byCode(app.items, 'cookie-httponly').length, 0);
    const refreshes = client.refreshRequests;
    await client.replaceText(configUri, 'module.exports = { cookieOptions: { httpOnly: false } };\n');
    await client.waitFor(() => (client.refreshRequests > refreshes ? true : undefined), 'workspace/diagnostic/refresh');
    const appAgain = full(await pull(appUri, app.resultId));
    assert.equal(byCode(appAgain.items, 'cookie-httponly').length, 1, 'the edited module is seen');
    assert.deepEqual(await pull(otherUri, other.resultId), { kind: 'unchanged', resultId: other.resultId });
  });

  it('asks the client to pull again when the settings change, and the next pull uses them', async () => {
    const uri = uriOf(fresh('app.js'));
    await client.open(uri, 'javascript', expressApp());
    const first = full(await pull(uri));
    const refreshes = client.refreshRequests;
    await client.changeSettings({ rules: { 'cookie-httponly': 'info' } });
    await client.waitFor(() => (client.refreshRequests > refreshes ? true : undefined), 'workspace/diagnostic/refresh');
    const second = full(await pull(uri, first.resultId));
    assert.equal(byCode(second.items, 'cookie-httponly')[0]?.severity, 3);
  });

  it('a pull during typing waits for the typing to pause and answers for the latest text', async () => {
    const uri = uriOf(fresh('app.js'));
    await client.open(uri, 'javascript', expressApp());
    full(await pull(uri));
    await client.replaceText(uri, expressApp().replace('httpOnly: false', 'httpOnly: true'));
    const pending = pull(uri);
    await client.replaceText(uri, expressApp());
    const report = full(await pending);
    assert.equal(byCode(report.items, 'cookie-httponly').length, 1, 'answers for the last text, not the one current when the pull arrived');
  });
});
