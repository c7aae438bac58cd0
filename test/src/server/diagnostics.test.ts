import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DidSaveTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { delay, sharedServer, type LspTestClient } from './lspClient';
import { byCode, expressApp, freshAnalysis, HTTP_ONLY_COLUMN, HTTP_ONLY_LINE, summarize, tempDir, uriOf } from './inputs';

describe('server: diagnostics over JSON-RPC', function () {
  const dir = tempDir();
  const server = sharedServer({ workspaceFolders: [dir] });
  let client: LspTestClient;

  let counter = 0;
  /** A file name no earlier test used, so diagnostics from one test never satisfy another's wait. */
  const fresh = (...names: string[]): string => path.join(dir, `t${++counter}`, ...names);

  beforeEach(() => {
    client = server.client;
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports cookie-httponly with range, severity, source, code and docs link', async () => {
    const uri = uriOf(fresh('app.js'));
    await client.open(uri, 'javascript', expressApp());
    const { diagnostics } = await client.diagnosticsFor(uri, 1);
    const [httpOnly, ...others] = byCode(diagnostics, 'cookie-httponly');
    assert.ok(httpOnly, 'cookie-httponly reported');
    assert.equal(others.length, 0);
    assert.deepEqual(httpOnly.range, { start: { line: HTTP_ONLY_LINE, character: HTTP_ONLY_COLUMN }, end: { line: HTTP_ONLY_LINE, character: HTTP_ONLY_COLUMN + 'httpOnly: false'.length } });
    assert.equal(httpOnly.severity, 1);
    assert.equal(httpOnly.source, 'sessionlint');
    assert.match(httpOnly.codeDescription?.href ?? '', /\/rules\/src\/rules\/cookie-httponly\/README\.md$/);
    assert.match(String(httpOnly.message), /HttpOnly/);
    assert.equal(httpOnly.tags, undefined);
  });

  it('publishes exactly what a fresh analysis finds, for every rule', async () => {
    const file = fresh('app.js');
    await client.open(uriOf(file), 'javascript', expressApp());
    const { diagnostics } = await client.diagnosticsFor(uriOf(file), 1);
    assert.deepEqual(summarize(diagnostics), await freshAnalysis(expressApp(), file));
  });

  it('counts columns in UTF-16 code units and reads CRLF files like LF files', async () => {
    const crlfFile = fresh('crlf.ts');
    const lf = uriOf(fresh('lf.ts'));
    const crlf = uriOf(crlfFile);
    await client.open(lf, 'typescript', expressApp('\n'));
    await client.open(crlf, 'typescript', expressApp('\r\n'));
    const fromLf = (await client.diagnosticsFor(lf, 1)).diagnostics;
    const fromCrlf = (await client.diagnosticsFor(crlf, 1)).diagnostics;
    assert.equal(byCode(fromCrlf, 'cookie-httponly')[0]?.range.start.character, HTTP_ONLY_COLUMN, 'the 🍪 counts as two columns');
    assert.deepEqual(summarize(fromCrlf), summarize(fromLf));
    assert.deepEqual(summarize(fromCrlf), await freshAnalysis(expressApp('\r\n'), crlfFile));
  });

  it('handles every language of the selector, known to the engine or not, without failing', async () => {
    const files: [string, string, string][] = [
      ['.htaccess', 'plaintext', 'php_flag session.cookie_httponly off\n'],
      ['php.ini', 'ini', '[Session]\nsession.cookie_httponly = 0\n'],
      ['.user.ini', 'ini', 'session.use_strict_mode = 0\n'],
      ['index.php', 'php', "<?php\nini_set('session.cookie_httponly', '0');\nsession_start();\n"],
      ['component.jsx', 'javascriptreact', 'export const A = () => <div>{document.cookie}</div>;\n'],
      ['notes.md', 'markdown', '# session cookie notes\n'],
    ];
    for (const [name, languageId, text] of files) {
      const fileName = fresh(name);
      const uri = uriOf(fileName);
      await client.open(uri, languageId, text);
      const { diagnostics } = await client.diagnosticsFor(uri, 1);
      assert.deepEqual(summarize(diagnostics), await freshAnalysis(text, fileName), name);
    }
    assert.ok(client.alive);
  });

  it('clears diagnostics when the document closes', async () => {
    const uri = uriOf(fresh('app.js'));
    await client.open(uri, 'javascript', expressApp());
    assert.ok((await client.diagnosticsFor(uri, 1)).diagnostics.length > 0);
    await client.close(uri);
    await client.waitFor(() => (client.latest(uri)?.diagnostics.length === 0 && client.latest(uri)?.version === undefined ? true : undefined), 'cleared diagnostics');
  });

  it('re-validates open documents when the settings change', async () => {
    const uri = uriOf(fresh('app.js'));
    await client.open(uri, 'javascript', expressApp());
    await client.diagnosticsFor(uri, 1);
    const published = (): number => client.diagnostics.get(uri)!.length;

    let before = published();
    await client.changeSettings({ rules: { 'cookie-httponly': 'off' } });
    await client.waitFor(() => (published() > before ? true : undefined), 'a new publish');
    assert.equal(byCode(client.latest(uri)!.diagnostics, 'cookie-httponly').length, 0);

    before = published();
    await client.changeSettings({ rules: { 'cookie-httponly': 'warning' } });
    await client.waitFor(() => (published() > before ? true : undefined), 'a new publish');
    assert.equal(byCode(client.latest(uri)!.diagnostics, 'cookie-httponly')[0]?.severity, 2);

    before = published();
    await client.changeSettings({ enable: false });
    await client.waitFor(() => (published() > before ? true : undefined), 'a new publish');
    assert.deepEqual(client.latest(uri)!.diagnostics, []);
  });

  it('downgrades findings in test files by default and ignores them when told to', async () => {
    const uri = uriOf(fresh('test', 'app.test.js'));
    await client.open(uri, 'javascript', expressApp());
    assert.equal(byCode((await client.diagnosticsFor(uri, 1)).diagnostics, 'cookie-httponly')[0]?.severity, 2);
    const before = client.diagnostics.get(uri)!.length;
    await client.changeSettings({ testFiles: 'ignore' });
    await client.waitFor(() => (client.diagnostics.get(uri)!.length > before ? true : undefined), 'a new publish');
    assert.deepEqual(client.latest(uri)!.diagnostics, []);
  });

  it('with run: onSave, analyses on save instead of on every change', async () => {
    client.settings = { run: 'onSave' };
    const uri = uriOf(fresh('app.js'));
    await client.open(uri, 'javascript', expressApp());
    assert.equal(byCode((await client.diagnosticsFor(uri, 1)).diagnostics, 'cookie-httponly').length, 1);
    const version = await client.replaceText(uri, expressApp().replace('httpOnly: false', 'httpOnly: true'));
    await delay(150);
    assert.equal(client.diagnostics.get(uri)!.some((p) => p.version === version), false, 'no analysis while typing');
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    assert.equal(byCode((await client.diagnosticsFor(uri, version)).diagnostics, 'cookie-httponly').length, 0);
  });

  it('reads settings per resource through workspace/configuration and caches them', async () => {
    const first = uriOf(fresh('a.js'));
    await client.open(first, 'javascript', expressApp());
    await client.diagnosticsFor(first, 1);
    const requests = client.configurationRequests;
    for (let i = 0; i < 5; i++) await client.replaceText(first, expressApp() + `// edit ${i}\n`);
    await client.diagnosticsFor(first, 6);
    assert.equal(client.configurationRequests, requests, 'no new configuration request while the settings are unchanged');
  });
});
