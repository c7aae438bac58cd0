import * as fs from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyze } from '../../../../rules/dist/engine';
import { analyzeFile, screenFile, type AnalysisSetup } from '../../../../rules/dist/cli/analyzeFiles';
import { ProjectLoader } from '../../../../rules/dist/workspace/project';
import { readFileList, report } from './fileList';

/**
 * Each file's analysis time, as the CLI analyses it (read, screen with the prefilter, parse, facts,
 * rules) in one thread: `node perFile.js <file-list> <base> <out.json> <timeout-ms>`. The files run
 * in a worker thread watched from the main thread: a file still running after the timeout has its
 * worker terminated (a runaway analysis cannot be interrupted from inside), is recorded as timed
 * out, and a new worker goes on with the next file. Writes every file's time to `out.json` and
 * prints a summary.
 */
export interface FileTime {
  readonly file: string;
  readonly ms: number;
  /** Parsed and analysed; false when the prefilter (or the size budget) dropped it. */
  readonly parsed: boolean;
}

interface WorkerInput {
  readonly files: readonly string[];
  readonly start: number;
  readonly base: string;
}

type WorkerMessage = { readonly kind: 'ready' } | { readonly kind: 'done'; readonly index: number; readonly ms: number; readonly parsed: boolean };

/** Loads the parsers before any file is timed: the first file should not pay for loading TypeScript or the PHP grammar. */
async function warmUp(): Promise<void> {
  await analyze("const session = require('express-session');\napp.use(session({ secret: 'x' }));\n", { fileName: '/warm-up/app.js' });
  await analyze("<?php\nsession_start();\n", { fileName: '/warm-up/index.php' });
}

async function runWorker(input: WorkerInput): Promise<void> {
  const port = parentPort!;
  await warmUp();
  port.postMessage({ kind: 'ready' } satisfies WorkerMessage);
  const setup: AnalysisSetup = { base: input.base, settings: { testFiles: 'ignore' }, fix: false, timeBudgetMs: 0 };
  const project = new ProjectLoader({ baseDir: input.base, onProblem: () => undefined });
  for (let index = input.start; index < input.files.length; index++) {
    const file = input.files[index]!;
    const start = process.hrtime.bigint();
    const screened = screenFile(file, setup);
    let parsed = false;
    if (!('report' in screened)) parsed = (await analyzeFile(file, setup, project, screened.source)).parsed;
    port.postMessage({ kind: 'done', index, ms: Number(process.hrtime.bigint() - start) / 1e6, parsed } satisfies WorkerMessage);
  }
}

/** Runs the files from `start` in a worker until they are done or one outlasts the timeout; resolves with the index to go on from. */
function runFrom(files: readonly string[], start: number, base: string, timeoutMs: number, times: (FileTime | undefined)[], timedOut: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { files, start, base } satisfies WorkerInput });
    let next = start;
    let lastProgress = Date.now();
    let ready = false;
    let stopped = false;
    const watchdog = setInterval(() => {
      if (!ready || Date.now() - lastProgress <= timeoutMs) return;
      stopped = true;
      clearInterval(watchdog);
      timedOut.push(files[next]!);
      void worker.terminate().then(() => resolve(next + 1));
    }, 100);
    worker.on('message', (message: WorkerMessage) => {
      lastProgress = Date.now();
      if (message.kind === 'ready') {
        ready = true;
        return;
      }
      times[message.index] = { file: files[message.index]!, ms: message.ms, parsed: message.parsed };
      next = message.index + 1;
    });
    worker.on('error', (error) => {
      stopped = true;
      clearInterval(watchdog);
      reject(error);
    });
    worker.on('exit', (code) => {
      clearInterval(watchdog);
      if (stopped) return;
      if (next >= files.length) resolve(next);
      else reject(new Error(`the analysis worker exited with ${code} at ${files[next]}`));
    });
  });
}

/** The value at quantile `q` of sorted numbers (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

async function main(): Promise<void> {
  const [listFile, base, outFile, timeout] = process.argv.slice(2);
  const files = readFileList(listFile);
  if (!base || !outFile) throw new Error('usage: node perFile.js <file-list> <base> <out.json> <timeout-ms>');
  const timeoutMs = Number(timeout ?? 20_000);
  const times: (FileTime | undefined)[] = new Array<FileTime | undefined>(files.length);
  const timedOut: string[] = [];
  for (let start = 0; start < files.length; ) start = await runFrom(files, start, base, timeoutMs, times, timedOut);
  const done = times.filter((t): t is FileTime => t !== undefined);
  fs.writeFileSync(outFile, JSON.stringify({ times: done, timedOut }));
  const stats = (list: readonly FileTime[]): { files: number; totalMs: number; p50: number; p99: number; max: number } => {
    const sorted = list.map((t) => t.ms).sort((a, b) => a - b);
    return { files: list.length, totalMs: sorted.reduce((a, b) => a + b, 0), p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted[sorted.length - 1] ?? 0 };
  };
  report({ all: stats(done), parsed: stats(done.filter((t) => t.parsed)), timedOut, timeoutMs });
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
} else {
  void runWorker(workerData as WorkerInput);
}
