import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeActionRequest, type CodeAction, type Command } from 'vscode-languageserver-protocol/node';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../server/dist/settings';
import { REPO_ROOT } from '../support/paths';
import { sharedServer, type LspTestClient } from './lspClient';
import { byCode, expressApp, tempDir, uriOf } from './inputs';

interface SettingSchema {
  readonly type: string | readonly string[];
  readonly default: unknown;
  readonly enum?: readonly unknown[];
}
const CONTRIBUTED = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, SettingSchema> } } }).contributes.configuration.properties;

/** A value of the setting other than its default. */
function otherValue(name: string, schema: SettingSchema): unknown {
  if (schema.enum) return schema.enum.find((value) => value !== schema.default);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'boolean') return !schema.default;
  if (type === 'number') return (schema.default as number) + 1;
  if (type === 'array') return ['php'];
  if (type === 'object') return { 'cookie-secure': 'off' };
  throw new Error(`${name}: no other value for type ${String(type)}`);
}

/** `{ a: { b: value } }` for the setting name `sessionlint.a.b`, as VS Code nests dotted names in the section it sends. */
function nested(name: string, value: unknown): Record<string, unknown> {
  return name.split('.').slice(1).reduceRight<Record<string, unknown>>((inner, key, index, keys) => (index === keys.length - 1 ? { [key]: value } : { [key]: inner }), {});
}

/** An app with an error-level finding (cookie-httponly) and a warn-level one (session-store-memory: no store). */
const APP = expressApp();

/**
 * The editor settings for quiet mode, the languages to analyse and the code actions to offer
 * (`sessionlint.quiet`, `sessionlint.validate`, `sessionlint.codeAction.*.enable`), over JSON-RPC.
 */
describe('server: quiet, validate and code action settings', function () {
  const dir = tempDir();
  const server = sharedServer({ workspaceFolders: [dir] });
  let client: LspTestClient;
  let counter = 0;
  const fresh = (name: string): string => uriOf(path.join(dir, `t${++counter}`, name));

  beforeEach(() => {
    client = server.client;
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads every setting package.json contributes (trace.server is the client\'s)', () => {
    for (const [name, schema] of Object.entries(CONTRIBUTED)) {
      if (name === 'sessionlint.trace.server') continue;
      const { settings, problems } = normalizeSettings(nested(name, otherValue(name, schema)));
      assert.deepEqual(problems, [], name);
      assert.notDeepEqual(settings, DEFAULT_SETTINGS, `${name} is contributed but the server ignores it`);
    }
  });

  it('reads the settings, falling back to the defaults on a mistyped value', () => {
    const { settings, problems } = normalizeSettings({ quiet: true, validate: ['php', 'ini'], codeAction: { disableRuleComment: { enable: false }, showDocumentation: { enable: 'no' } } });
    assert.equal(settings.quiet, true);
    assert.deepEqual(settings.validate, ['php', 'ini']);
    assert.deepEqual(settings.codeActions, { disableRuleComment: false, showDocumentation: true });
    assert.deepEqual(problems, []);
    const mistyped = normalizeSettings({ validate: 'php' });
    assert.equal(mistyped.settings.validate, undefined);
    assert.equal(mistyped.problems.length, 1);
    assert.equal(DEFAULT_SETTINGS.quiet, false);
    assert.equal(DEFAULT_SETTINGS.validate, undefined);
  });

  it('quiet shows error-level findings only, and offers no action for the hidden ones', async () => {
    const uri = fresh('app.js');
    await client.open(uri, 'javascript', APP);
    const all = (await client.diagnosticsFor(uri, 1)).diagnostics;
    const warnings = all.filter((d) => d.severity !== 1);
    assert.ok(warnings.length > 0 && all.some((d) => d.severity === 1), `both levels in ${all.map((d) => `${d.code}:${d.severity}`).join(', ')}`);
    const before = client.diagnostics.get(uri)!.length;
    await client.changeSettings({ quiet: true });
    await client.waitFor(() => (client.diagnostics.get(uri)!.length > before ? true : undefined), 'a new publish');
    const quiet = client.latest(uri)!.diagnostics;
    assert.deepEqual(quiet.map((d) => d.code), all.filter((d) => d.severity === 1).map((d) => d.code));
    const hidden = warnings[0]!;
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: hidden.range, context: { diagnostics: [] } });
    const forHidden = (actions ?? []).filter((a): a is CodeAction => 'diagnostics' in a && (a.diagnostics ?? []).some((d) => d.code === hidden.code));
    assert.deepEqual(forHidden.map((a) => a.title), []);
  });

  it('validate analyses only the listed languages', async () => {
    client.settings = { validate: ['php'] };
    const js = fresh('app.js');
    const php = fresh('index.php');
    await client.open(js, 'javascript', APP);
    await client.open(php, 'php', "<?php\nini_set('session.cookie_httponly', '0');\nsession_start();\n");
    assert.deepEqual((await client.diagnosticsFor(js, 1)).diagnostics, []);
    assert.ok(byCode((await client.diagnosticsFor(php, 1)).diagnostics, 'cookie-httponly').length > 0);
  });

  it('codeAction.*.enable turn off "Disable for this line" and "Show documentation", never the fix', async () => {
    const titles = async (): Promise<string[]> => {
      const uri = fresh('app.js');
      await client.open(uri, 'javascript', APP);
      const [diagnostic] = byCode((await client.diagnosticsFor(uri, 1)).diagnostics, 'cookie-httponly');
      assert.ok(diagnostic);
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) ?? [];
      return (actions as (Command | CodeAction)[]).map((a) => a.title).filter((title) => title.includes('cookie-httponly') || /httponly/i.test(title));
    };
    const all = await titles();
    assert.ok(all.includes('Disable cookie-httponly for this line') && all.includes('Show documentation for cookie-httponly'), all.join(', '));
    await client.changeSettings({ codeAction: { disableRuleComment: { enable: false }, showDocumentation: { enable: false } } });
    const fewer = await titles();
    assert.deepEqual(fewer, all.filter((title) => !title.startsWith('Disable ') && !title.startsWith('Show documentation ')));
    assert.ok(fewer.length > 0, 'the fix is still offered');
  });
});
