import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CodeActionResolveRequest,
  ExecuteCommandRequest,
  type CodeAction,
  type Command,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { analyze } from '../../../rules/dist/engine';
import { RULES_SOURCE } from '../support/paths';
import { LspTestClient, sharedServer } from './lspClient';
import { byCode, expressApp, HTTP_ONLY_LINE, SERVER_DEFAULTS, tempDir, uriOf } from './inputs';

function actionsOnly(items: (Command | CodeAction)[] | null): CodeAction[] {
  return (items ?? []).filter((item): item is CodeAction => 'title' in item && !('command' in item && typeof item.command === 'string'));
}

describe('server: code actions over JSON-RPC', function () {
  const dir = tempDir();
  const server = sharedServer({ workspaceFolders: [dir] });
  let client: LspTestClient;
  let uri: string;
  let file: string;

  async function openApp(text = expressApp()): Promise<Diagnostic> {
    await client.open(uri, 'javascript', text);
    const [diagnostic] = byCode((await client.diagnosticsFor(uri, 1)).diagnostics, 'cookie-httponly');
    assert.ok(diagnostic);
    return diagnostic;
  }

  async function actionsAt(diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    const result = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
    });
    return actionsOnly(result);
  }

  let counter = 0;

  beforeEach(() => {
    client = server.client;
    file = path.join(dir, `t${++counter}`, 'app.js');
    uri = uriOf(file);
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('offers the fix as the preferred quick fix; applying it removes the diagnostic', async () => {
    const diagnostic = await openApp();
    const actions = await actionsAt(diagnostic);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Disable cookie-httponly for this line'), titles.join(', '));
    assert.ok(titles.includes('Show documentation for cookie-httponly'), titles.join(', '));
    const fix = actions.find((a) => a.isPreferred && a.diagnostics?.[0]?.code === 'cookie-httponly');
    assert.ok(fix?.edit, 'a preferred quick fix with an inline edit');
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.command, undefined, 'no server-side command behind the fix');
    await client.applyEdit(fix.edit);
    assert.match(client.text(uri), /httpOnly: true/);
    const after = await client.diagnosticsFor(uri);
    assert.equal(byCode(after.diagnostics, 'cookie-httponly').length, 0);
  });

  it('"Disable for this line" inserts an indented suppression comment above the line', async () => {
    const diagnostic = await openApp();
    const disable = (await actionsAt(diagnostic)).find((a) => a.title === 'Disable cookie-httponly for this line');
    assert.ok(disable?.edit);
    await client.applyEdit(disable.edit);
    const lines = client.text(uri).split('\n');
    assert.equal(lines[HTTP_ONLY_LINE], '    // sessionlint-disable-next-line cookie-httponly');
    assert.equal(byCode((await client.diagnosticsFor(uri)).diagnostics, 'cookie-httponly').length, 0);
  });

  it('"Disable for this line" for a second rule on the line extends the existing comment', async () => {
    await openApp();
    // Any other rule reported on the same line as cookie-httponly, in whatever rules exist today.
    const first = (await client.diagnosticsFor(uri, 1)).diagnostics.find((d) => d.range.start.line === HTTP_ONLY_LINE && d.code !== 'cookie-httponly');
    const disable = (await actionsAt(byCode((await client.diagnosticsFor(uri, 1)).diagnostics, 'cookie-httponly')[0]!)).find((a) => a.title === 'Disable cookie-httponly for this line');
    await client.applyEdit(disable!.edit!);
    if (!first) return; // no second rule reports on this line yet
    const moved = (await client.diagnosticsFor(uri)).diagnostics.find((d) => d.code === first.code && d.range.start.line === HTTP_ONLY_LINE + 1);
    assert.ok(moved, `${String(first.code)} still reported one line lower`);
    const second = (await actionsAt(moved)).find((a) => a.title === `Disable ${String(first.code)} for this line`);
    await client.applyEdit(second!.edit!);
    assert.equal(client.text(uri).split('\n')[HTTP_ONLY_LINE], `    // sessionlint-disable-next-line cookie-httponly, ${String(first.code)}`);
  });

  it('"Disable for this line" on a line that opens PHP puts a block comment after the open tag', async () => {
    const phpUri = uri.replace(/app\.js$/, 'index.php');
    const text = "<?php session_start(['cookie_httponly' => false]);\n";
    await client.open(phpUri, 'php', text);
    const [diagnostic] = byCode((await client.diagnosticsFor(phpUri, 1)).diagnostics, 'cookie-httponly');
    assert.ok(diagnostic, 'the PHP frontend reports cookie-httponly');
    const actions = actionsOnly(await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: phpUri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }));
    await client.applyEdit(actions.find((a) => a.title === 'Disable cookie-httponly for this line')!.edit!);
    assert.equal(client.text(phpUri), "<?php /* sessionlint-disable-line cookie-httponly */ session_start(['cookie_httponly' => false]);\n");
    assert.equal(byCode((await client.diagnosticsFor(phpUri)).diagnostics, 'cookie-httponly').length, 0);
  });

  it('"Show documentation" opens the shipped README in the editor (offline) through window/showDocument', async () => {
    const diagnostic = await openApp();
    const docs = (await actionsAt(diagnostic)).find((a) => a.title === 'Show documentation for cookie-httponly');
    assert.ok(docs?.command);
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: docs.command.command, arguments: docs.command.arguments ?? [] });
    const readme = pathToFileURL(path.join(RULES_SOURCE, 'cookie-httponly', 'README.md')).href;
    assert.deepEqual(client.shownDocuments, [{ uri: readme, takeFocus: true }]);
    assert.deepEqual(result, { url: readme, shown: true });
    // The online copy the diagnostic links to is the same file, at the repository's address.
    assert.ok(diagnostic.codeDescription!.href.endsWith('/rules/src/rules/cookie-httponly/README.md'), diagnostic.codeDescription!.href);
    await assert.rejects(client.connection.sendRequest(ExecuteCommandRequest.type, { command: docs.command.command, arguments: ['https://evil.example'] }));
  });

  it('only: [quickfix] leaves out the fix-all source action; only: [source.fixAll] gives only it', async () => {
    const diagnostic = await openApp();
    assert.ok((await actionsAt(diagnostic, ['quickfix'])).every((a) => a.kind === 'quickfix'));
    const fixAll = await actionsAt(diagnostic, ['source.fixAll']);
    assert.deepEqual(fixAll.map((a) => a.kind), ['source.fixAll.sessionlint']);
  });

  it('source.fixAll.sessionlint applies every safe fix, re-analysing until none is left', async () => {
    // Two insecure session setups: several fixable findings, possibly more than one per config.
    const text = `${expressApp()}\napp.use(session({ secret: process.env.SESSION_SECRET, cookie: { httpOnly: false } }));\n`;
    const diagnostic = await openApp(text);
    const [action] = await actionsAt(diagnostic, ['source.fixAll.sessionlint']);
    assert.ok(action?.edit, 'inline edit when asked for the kind explicitly');
    await client.applyEdit(action.edit);
    const fixed = client.text(uri);
    const result = await analyze(fixed, { fileName: file, settings: SERVER_DEFAULTS });
    assert.equal(result.parseError, undefined, 'the fixed file still parses');
    assert.deepEqual(result.findings.filter((f) => f.fix).map((f) => f.ruleId), [], 'no safe fix left');
    assert.equal(fixed.match(/httpOnly: true/g)?.length, 2);
    assert.equal(byCode((await client.diagnosticsFor(uri)).diagnostics, 'cookie-httponly').length, 0);
    // Suggestions (behaviour-changing) were not applied: their findings remain.
    const suggestionsBefore = (await analyze(text, { fileName: file, settings: SERVER_DEFAULTS })).findings.filter((f) => !f.fix && f.suggestions.length > 0).length;
    assert.equal(result.findings.filter((f) => !f.fix && f.suggestions.length > 0).length, suggestionsBefore);
  });

  it('the light-bulb fix-all action is resolved lazily through codeAction/resolve', async () => {
    const diagnostic = await openApp();
    const lazy = (await actionsAt(diagnostic)).find((a) => a.kind === 'source.fixAll.sessionlint');
    assert.ok(lazy, 'fix-all offered');
    assert.equal(lazy.edit, undefined, 'its edit is computed only when chosen');
    const resolved = await client.connection.sendRequest(CodeActionResolveRequest.type, lazy);
    assert.ok(resolved.edit);
    await client.applyEdit(resolved.edit);
    assert.equal(byCode((await client.diagnosticsFor(uri)).diagnostics, 'cookie-httponly').length, 0);
  });

  it('a fix-all resolved after the document changed carries no edit', async () => {
    const diagnostic = await openApp();
    const lazy = (await actionsAt(diagnostic)).find((a) => a.kind === 'source.fixAll.sessionlint')!;
    await client.replaceText(uri, `${expressApp()}// typed on\n`);
    const resolved = await client.connection.sendRequest(CodeActionResolveRequest.type, lazy);
    assert.equal(resolved.edit, undefined);
  });
});

describe('server: code actions for clients without codeAction/resolve or documentChanges', function () {
  it('computes the fix-all edit inline and uses plain `changes` edits', async () => {
    const dir = tempDir();
    const client = await LspTestClient.start({ workspaceFolders: [dir], noResolve: true, noDocumentChanges: true });
    try {
      const uri = uriOf(path.join(dir, 'app.js'));
      await client.open(uri, 'javascript', expressApp());
      const [diagnostic] = byCode((await client.diagnosticsFor(uri, 1)).diagnostics, 'cookie-httponly');
      const actions = actionsOnly(await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic!.range, context: { diagnostics: [diagnostic!] } }));
      const fixAll = actions.find((a) => a.kind === 'source.fixAll.sessionlint');
      assert.ok(fixAll?.edit, 'inline edit without resolve support');
      assert.equal(fixAll.edit.documentChanges, undefined);
      assert.ok(fixAll.edit.changes?.[uri]?.length);
      await client.applyEdit(fixAll.edit);
      assert.equal(byCode((await client.diagnosticsFor(uri)).diagnostics, 'cookie-httponly').length, 0);
    } finally {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
