import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXAMPLES, LSP_BIN, REPO_ROOT } from '../support/paths';

const SCRIPT = path.join(REPO_ROOT, 'test', 'src', 'e2e', 'neovim.lua');
const EXAMPLE = path.join(EXAMPLES, 'express-insecure');
const EXAMPLE_FILE = path.join('routes', 'auth.js');

interface Diagnostic {
  code: string;
  source: string;
  line: number;
  character: number;
  href: string | null;
}

interface Outcome {
  nvim: string;
  events: string[];
  error?: string;
  before?: Diagnostic[];
  after?: Diagnostic[];
  actions?: { title: string; kind: string | null; preferred: boolean }[];
  applied?: string;
}

function nvimVersion(): string | undefined {
  const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.split('\n')[0] : undefined;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('e2e: Neovim as an LSP client', function () {
  this.timeout(90_000);
  let dir: string;

  before(function () {
    if (nvimVersion()) return;
    // In CI the editor test must run: .ci/install-system-deps installs Neovim.
    if (process.env['CI'] === 'true') throw new Error('nvim is not installed; run .ci/install-system-deps');
    this.skip();
  });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sessionlint-nvim-'));
    fs.cpSync(EXAMPLE, path.join(dir, 'app'), { recursive: true });
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('receives diagnostics for an example file and applies a quick fix', async () => {
    const file = path.join(dir, 'app', EXAMPLE_FILE);
    const original = fs.readFileSync(file, 'utf8');
    const out = path.join(dir, 'outcome.json');
    const env = {
      ...process.env,
      SESSIONLINT_E2E_FILE: file,
      SESSIONLINT_E2E_ROOT: path.join(dir, 'app'),
      SESSIONLINT_E2E_OUT: out,
      SESSIONLINT_LSP_BIN: LSP_BIN,
      SESSIONLINT_NODE: process.execPath,
      HOME: dir,
      XDG_STATE_HOME: path.join(dir, 'state'),
      XDG_DATA_HOME: path.join(dir, 'data'),
    };
    const { code, output } = await run('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${SCRIPT}`], env, 80_000);
    assert.ok(fs.existsSync(out), `nvim wrote no result (exit ${code}): ${output}`);
    const outcome = JSON.parse(fs.readFileSync(out, 'utf8')) as Outcome;
    assert.equal(outcome.error, undefined, `${outcome.error} after ${outcome.events.join(', ')}`);

    const before = outcome.before ?? [];
    const httpOnly = before.filter((d) => d.code === 'cookie-httponly');
    assert.ok(httpOnly.length > 0, JSON.stringify(before));
    assert.ok(before.every((d) => d.source === 'sessionlint'));
    assert.match(httpOnly[0]!.href ?? '', /cookie-httponly\/README\.md$/);

    const titles = (outcome.actions ?? []).map((a) => a.title);
    assert.ok(titles.includes('Disable cookie-httponly for this line'), titles.join(', '));
    assert.ok(titles.includes('Show documentation for cookie-httponly'), titles.join(', '));
    assert.ok(outcome.applied, 'a quick fix was applied');

    const after = (outcome.after ?? []).filter((d) => d.code === 'cookie-httponly');
    assert.equal(after.length, httpOnly.length - 1);
    const saved = fs.readFileSync(file, 'utf8');
    assert.notEqual(saved, original, 'the fix reached the file');
    // Either a Set-Cookie header gains '; HttpOnly' or an options object 'httpOnly: true'.
    assert.ok((saved.match(/httponly(: true)?/gi) ?? []).length > (original.match(/httponly(: true)?/gi) ?? []).length, saved);
  });
});
