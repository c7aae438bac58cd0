import { spawn, spawnSync, type SpawnOptions, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI_BIN } from '../support/paths';

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `bin/sessionlint.js` in a child process, as a user would. */
/** `enforcePermissions`: run so that file permissions apply even when the tests run as root (an unreadable directory stays unreadable). */
export interface CliOptions {
  readonly enforcePermissions?: boolean;
}

/**
 * The command that runs the CLI. root reads every directory, so with `enforcePermissions` root's
 * permission-override capabilities are dropped (setpriv, util-linux). Switching to an unprivileged
 * user would not do: the checkout may live in a directory only root can enter (a 0700 mktemp dir).
 */
function cliCommand(args: readonly string[], enforcePermissions: boolean): { command: string; argv: string[] } {
  const argv = [CLI_BIN, ...args];
  if (!enforcePermissions || process.getuid?.() !== 0) return { command: process.execPath, argv };
  return { command: 'setpriv', argv: ['--bounding-set=-dac_override,-dac_read_search', process.execPath, ...argv] };
}

export function runCli(args: readonly string[], cwd: string, options: Partial<SpawnSyncOptions> & CliOptions = {}): CliRun {
  const { enforcePermissions = false, ...spawnOptions } = options;
  const { command, argv } = cliCommand(args, enforcePermissions);
  const result = spawnSync(command, argv, {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    ...spawnOptions,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** {@link runCli} without blocking, so that independent runs of one test can overlap. */
export function runCliAsync(args: readonly string[], cwd: string, options: Partial<SpawnOptions> & CliOptions = {}): Promise<CliRun> {
  const { enforcePermissions = false, ...spawnOptions } = options;
  const { command, argv } = cliCommand(args, enforcePermissions);
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined }, ...spawnOptions });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Parses `--format json` output, failing with the output shown when it is not JSON. */
export function parseJsonReport(run: CliRun): JsonReport {
  try {
    return JSON.parse(run.stdout) as JsonReport;
  } catch {
    throw new Error(`not JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}

export interface JsonFinding {
  readonly file: string;
  readonly ruleId: string;
  readonly severity: 'error' | 'warn' | 'info';
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly fix: { message: string; edits: unknown[] } | null;
  readonly suggestions: readonly { message: string }[];
  readonly related: readonly { message: string; location: { file: string; start: { line: number; column: number } } }[];
}

export interface JsonReport {
  readonly tool: { readonly name: string; readonly version: string };
  readonly findings: readonly JsonFinding[];
  readonly notifications: readonly { level: string; kind: string; message: string; file?: string; ruleId?: string }[];
  readonly summary: { filesChecked: number; testFilesSkipped: number; errors: number; warnings: number; infos: number; fixesApplied: number };
}

/** A temporary directory with the given files (text or bytes); removed by {@link removeProject}. */
export function makeProject(files: Readonly<Record<string, string | Buffer>>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sessionlint-cli-')));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}

export function removeProject(root: string): void {
  // Make everything writable again first: some tests take permissions away.
  const restore = (dir: string): void => {
    try {
      fs.chmodSync(dir, 0o755);
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) restore(path.join(dir, entry.name));
    } catch {
      // Best effort; rmSync reports what is left.
    }
  };
  restore(root);
  fs.rmSync(root, { recursive: true, force: true });
}

/** Realistic snippets used across the CLI tests. */
export const SNIPPETS = {
  /**
   * An express-session cookie with HttpOnly turned off, and nothing else wrong: cookie-httponly
   * (error) with a fix (a session library's own cookie is read by the library alone).
   */
  fixableSession: `const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;

const app = express();
app.use(session({
  name: 'app.sid',
  secret: process.env.SESSION_SECRET,
  store: new RedisStore({ client: redisClient }),
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: false, secure: true, sameSite: 'lax', maxAge: 3600000 },
}));
`,
  /** res.cookie for a session-like cookie without httpOnly: cookie-httponly (error), a suggestion (the front end may read it). */
  insecureCookie: `const express = require('express');
const app = express();

app.get('/welcome', (req, res) => {
  res.cookie('auth_token', req.query.token, { secure: true, sameSite: 'lax', maxAge: 3600000 });
  res.send('Welcome!');
});
`,
  /** The same route written safely. */
  secureCookie: `const express = require('express');
const app = express();

app.get('/welcome', (req, res) => {
  res.cookie('auth_token', req.query.token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 3600000 });
  res.send('Welcome!');
});
`,
  /** A file with nothing about sessions. */
  unrelated: `export function add(a, b) {
  return a + b;
}
`,
};
