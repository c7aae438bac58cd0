import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { ruleDocsUrl } from '../../../rules/dist/model/rule';
import { allRules } from '../../../rules/dist/rules';
import { sharedServer } from './lspClient';
import { byCode, expressApp, tempDir, uriOf } from './inputs';

/** Diagnostics are one short line; the hover on a finding gives the why: the rule's rationale and its docs. */
describe('server: hover on a finding', function () {
  const dir = tempDir();
  const server = sharedServer({ workspaceFolders: [dir] });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('shows the rule description, rationale and docs link over the finding, and nothing elsewhere', async () => {
    const { client } = server;
    const uri = uriOf(path.join(dir, 'app.js'));
    await client.open(uri, 'javascript', expressApp());
    const [diagnostic] = byCode((await client.diagnosticsFor(uri, 1)).diagnostics, 'cookie-httponly');
    assert.ok(diagnostic);
    const inside = { line: diagnostic.range.start.line, character: diagnostic.range.start.character + 2 };
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: inside });
    assert.ok(hover, 'a hover over the finding');
    const { kind, value } = hover.contents as MarkupContent;
    assert.equal(kind, 'markdown');
    const meta = allRules.find((r) => r.meta.id === 'cookie-httponly')!.meta;
    assert.ok(value.includes(meta.rationale), value);
    assert.ok(value.includes(`${meta.description}.`), value);
    assert.ok(value.includes(`](${ruleDocsUrl('cookie-httponly')})`), value);
    assert.deepEqual(hover.range, diagnostic.range);

    const nowhere = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(nowhere, null);
  });
});
