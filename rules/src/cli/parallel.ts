import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeFiles, type AnalysisOutput, type AnalysisSetup } from './analyzeFiles';
import type { FileReport, Notification } from './report';
import { workerCount } from './threads';
import type { IndexedNotification, WorkerBatch, WorkerBatchResult, WorkerSetup } from './workerProtocol';

/**
 * Analyses files in worker threads, with the same output as {@link analyzeFiles} in one thread:
 * reports in the order of `files`, and project notifications in the order a single thread would
 * raise them (each once). `--fix` stays in one thread: a fixed file can be a module another file
 * imports, and which version that file sees must not depend on scheduling.
 */
export async function analyzeFilesInThreads(files: readonly string[], setup: AnalysisSetup, requestedThreads: number | undefined): Promise<AnalysisOutput> {
  const workers = setup.fix ? 0 : workerCount(files.length, requestedThreads);
  if (workers === 0) return analyzeFiles(files, setup);
  return runWorkers(files, setup, workers);
}

/** Guided scheduling: big batches while much is left (little messaging), small ones at the end (even finish). */
function nextBatchSize(remaining: number, workers: number): number {
  return Math.max(1, Math.min(64, Math.ceil(remaining / (workers * 8))));
}

function runWorkers(files: readonly string[], setup: AnalysisSetup, count: number): Promise<AnalysisOutput> {
  const reports: FileReport[] = new Array<FileReport>(files.length);
  const indexed: IndexedNotification[] = [];
  let next = 0;
  let finished = 0;
  const workers: Worker[] = [];
  const workerSetup: WorkerSetup = { setup };

  return new Promise<AnalysisOutput>((resolve, reject) => {
    let failed = false;
    const stopAll = (): Promise<unknown> => Promise.all(workers.map((w) => w.terminate()));
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      void stopAll().finally(() => reject(error));
    };
    const sendWork = (worker: Worker): boolean => {
      if (next >= files.length) return false;
      const size = nextBatchSize(files.length - next, count);
      const batch: WorkerBatch = { start: next, files: files.slice(next, next + size) };
      next += size;
      worker.postMessage(batch);
      return true;
    };
    for (let i = 0; i < count; i++) {
      const old = Number(process.env.SL_OLD ?? 0), young = Number(process.env.SL_YOUNG ?? 0);
      const worker = new Worker(path.join(__dirname, 'analysisWorker.js'), { workerData: workerSetup, resourceLimits: { ...(old ? { maxOldGenerationSizeMb: old } : {}), ...(young ? { maxYoungGenerationSizeMb: young } : {}) } });
      workers.push(worker);
      worker.on('message', (result: WorkerBatchResult) => {
        for (let j = 0; j < result.reports.length; j++) reports[result.start + j] = result.reports[j]!;
        indexed.push(...result.notifications);
        finished += result.reports.length;
        if (finished === files.length) {
          void stopAll().then(() => resolve({ files: reports, notifications: mergeNotifications(indexed) }), reject);
        } else {
          sendWork(worker);
        }
      });
      worker.on('error', (error) => fail(new Error(`a worker thread failed: ${error.message}`)));
      worker.on('exit', (code) => {
        if (finished < files.length && code !== 0) fail(new Error(`a worker thread exited with code ${code}`));
      });
      sendWork(worker);
    }
  });
}

/**
 * Project notifications as one thread would have raised them: by the index of the file that first
 * needed the manifest, each once (every worker has its own project loader, so each may report it).
 */
export function mergeNotifications(indexed: readonly IndexedNotification[]): Notification[] {
  const sorted = [...indexed].sort((a, b) => a.index - b.index);
  const seen = new Set<string>();
  const merged: Notification[] = [];
  for (const { notification } of sorted) {
    const key = `${notification.kind}\0${notification.file ?? ''}\0${notification.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(notification);
  }
  return merged;
}
