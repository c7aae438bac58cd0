import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { delay, sharedServer, type LspTestClient } from './lspClient';
import { byCode, expressApp, freshAnalysis, summarize, tempDir, uriOf } from './inputs';

/** A deterministic pseudo-random sequence, so a failing run can be repeated. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('server: typing', function () {
  const dir = tempDir();
  const server = sharedServer({ workspaceFolders: [dir], debounceMs: 150 });
  let client: LspTestClient;
  let counter = 0;
  const fresh = (name: string): string => path.join(dir, `t${++counter}`, name);

  beforeEach(() => {
    client = server.client;
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('survives half-typed code and recovers its diagnostics when the code is whole again', async () => {
    const file = fresh('app.ts');
    const uri = uriOf(file);
    const whole = expressApp();
    await client.open(uri, 'typescript', whole);
    assert.equal(byCode((await client.diagnosticsFor(uri, 1)).diagnostics, 'cookie-httponly').length, 1);
    // Cut the file in the middle of the options object, as a developer does mid-edit.
    const half = whole.slice(0, whole.indexOf('secure: true'));
    const version = await client.replaceText(uri, half);
    assert.deepEqual((await client.diagnosticsFor(uri, version)).diagnostics, [], 'no findings, no crash for code that does not parse');
    const restored = await client.replaceText(uri, whole);
    assert.deepEqual(summarize((await client.diagnosticsFor(uri, restored)).diagnostics), await freshAnalysis(whole, file));
    assert.ok(client.alive);
    const parseLogs = client.logs.filter((l) => l.message.includes(file));
    assert.equal(parseLogs.length, 1, 'one log line for the file that failed');
  });

  it('survives junk: binary bytes, deep nesting, an unterminated template, a huge line', async () => {
    const junk = [
      '\u0000\u0001\uFFFD\uD800 session cookie',
      `const x = ${'['.repeat(50_000)}; // session`,
      'const s = `session ${ cookie',
      `const line = '${'session '.repeat(100_000)}';`,
    ];
    for (const [i, text] of junk.entries()) {
      const uri = uriOf(fresh(`junk${i}.js`));
      await client.open(uri, 'javascript', text);
      await client.diagnosticsFor(uri, 1);
    }
    assert.ok(client.alive);
  });

  it('after 500 rapid edits, the final diagnostics equal a fresh analysis of the final text', async () => {
    const file = fresh('typed.js');
    const uri = uriOf(file);
    const target = expressApp();
    // Start with the first two lines, then type the rest character by character, with typos
    // deleted again, in small bursts, as fast as the pipe takes them.
    const start = target.indexOf('const app');
    await client.open(uri, 'javascript', target.slice(0, start));
    await client.diagnosticsFor(uri, 1);
    const next = random(42);
    let typed = start;
    let edits = 0;
    while (edits < 500) {
      const document = client.documents.get(uri)!;
      const end = document.positionAt(document.getText().length);
      if (typed < target.length && next() > 0.15) {
        await client.change(uri, [{ range: { start: end, end }, text: target[typed]! }]);
        typed++;
      } else if (next() > 0.5 && document.getText().length > start) {
        const before = document.positionAt(document.getText().length - 1);
        await client.change(uri, [{ range: { start: before, end }, text: '' }]);
        typed--;
      } else {
        await client.change(uri, [{ range: { start: end, end }, text: 'x' }, { range: { start: end, end }, text: '' }]);
      }
      edits++;
    }
    // Finish the text, whatever the random walk left.
    await client.replaceText(uri, target);
    const finalVersion = client.documents.get(uri)!.version;
    assert.ok(finalVersion > 500);
    const { diagnostics } = await client.diagnosticsFor(uri, finalVersion);
    assert.deepEqual(summarize(diagnostics), await freshAnalysis(target, file));
    const publishes = client.diagnostics.get(uri)!.length;
    assert.ok(publishes <= 50, `debounced: ${publishes} publishes for ${finalVersion} versions`);
    await delay(300);
    assert.equal(client.latest(uri)!.version, finalVersion, 'nothing stale published afterwards');
  });

  it('never publishes a version that a newer one replaced before the debounce ran out', async () => {
    const uri = uriOf(fresh('app.js'));
    await client.open(uri, 'javascript', expressApp());
    await client.diagnosticsFor(uri, 1);
    const v2 = await client.replaceText(uri, expressApp().replace('secure: true', 'secure: false'));
    const v3 = await client.replaceText(uri, expressApp().replace('httpOnly: false', 'httpOnly: true'));
    const { diagnostics } = await client.diagnosticsFor(uri, v3);
    assert.equal(byCode(diagnostics, 'cookie-httponly').length, 0);
    assert.equal(client.diagnostics.get(uri)!.some((p) => p.version === v2), false);
  });

  it('waits about the debounce time after the last keystroke before analysing', async () => {
    const uri = uriOf(fresh('app.js'));
    await client.open(uri, 'javascript', expressApp());
    await client.diagnosticsFor(uri, 1);
    const sent = Date.now();
    const version = await client.replaceText(uri, expressApp().replace('httpOnly: false', 'httpOnly: true'));
    await client.diagnosticsFor(uri, version);
    assert.ok(Date.now() - sent >= 140, `published after ${Date.now() - sent} ms`);
  });
});
