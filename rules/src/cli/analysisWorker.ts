import { parentPort, workerData } from 'node:worker_threads';
import { ProjectLoader } from '../workspace/project';
import { analyzeFile, projectNotification } from './analyzeFiles';
import type { IndexedNotification, WorkerBatch, WorkerBatchResult, WorkerSetup } from './workerProtocol';

/**
 * A worker thread of the CLI: analyses the batches of files the main thread sends, one batch at a
 * time, with one project loader for the worker's lifetime (manifests and imported modules are read
 * once per worker).
 */
const { setup } = workerData as WorkerSetup;
let currentIndex = 0;
let pending: IndexedNotification[] = [];
const project = new ProjectLoader({
  baseDir: setup.base,
  onProblem: (problem) => pending.push({ index: currentIndex, notification: projectNotification(setup.base, problem) }),
});

parentPort!.on('message', (batch: WorkerBatch) => {
  void (async () => {
    const reports = [];
    for (const { index, file } of batch.files) {
      currentIndex = index;
      reports.push(await analyzeFile(file, setup, project));
    }
    const result: WorkerBatchResult = { reports, notifications: pending };
    pending = [];
    parentPort!.postMessage(result);
  })();
});
