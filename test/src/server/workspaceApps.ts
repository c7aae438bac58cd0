import * as fs from 'node:fs';
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from '../support/paths';
import { byCode, tempDir, uriOf } from './inputs';
import { LspTestClient, type StartOptions } from './lspClient';

/** A copy of a fixture app (test/apps/<family>/<name>) in a fresh folder, to be changed by a test. */
export function copyApp(family: string, name: string): string {
  const dir = tempDir();
  fs.cpSync(path.join(REPO_ROOT, 'test', 'apps', family, name), dir, { recursive: true });
  return dir;
}

/** A server started per test over temporary folders: after each test the server stops and the folders are deleted. */
export interface ServerPerTest {
  /** A copy of a fixture app (test/apps/<family>/<name>), deleted after the test. */
  app(family: string, name: string): string;
  /** An empty folder, deleted after the test. */
  emptyDir(): string;
  start(options: StartOptions): Promise<LspTestClient>;
}

export function serverPerTest(): ServerPerTest {
  const dirs: string[] = [];
  const clients: LspTestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.stop();
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  const kept = (dir: string): string => {
    dirs.push(dir);
    return dir;
  };
  return {
    app: (family, name) => kept(copyApp(family, name)),
    emptyDir: () => kept(tempDir()),
    start: async (options) => {
      const client = await LspTestClient.start(options);
      clients.push(client);
      return client;
    },
  };
}

/** Writes (or, with `undefined`, deletes) a file on disk and tells the server, as the client's file watcher does. */
export async function changeOnDisk(client: LspTestClient, fileName: string, text: string | undefined): Promise<void> {
  const existed = fs.existsSync(fileName);
  if (text === undefined) fs.rmSync(fileName);
  else {
    fs.mkdirSync(path.dirname(fileName), { recursive: true });
    fs.writeFileSync(fileName, text);
  }
  const type = text === undefined ? FileChangeType.Deleted : existed ? FileChangeType.Changed : FileChangeType.Created;
  await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(fileName), type }] });
}

/** Findings of a rule in the latest diagnostics published for a document. */
export function latestOf(client: LspTestClient, uri: string, code: string): ReturnType<typeof byCode> {
  return byCode(client.latest(uri)?.diagnostics ?? [], code);
}

/** Waits until the latest diagnostics of a document hold `count` findings of a rule. */
export function findingsBecome(client: LspTestClient, uri: string, code: string, count: number, what: string): Promise<true> {
  return client.waitFor(() => (client.latest(uri) && latestOf(client, uri, code).length === count ? true : undefined), what);
}

/** How many times diagnostics were published for a document. */
export function publishedCount(client: LspTestClient, uri: string): number {
  return client.diagnostics.get(uri)?.length ?? 0;
}

/** A file's text with one line (found by its content) removed. */
export function withoutLine(text: string, line: string): string {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.trim() === line);
  if (index < 0) throw new Error(`no line ${line}`);
  lines.splice(index, 1);
  return lines.join('\n');
}
