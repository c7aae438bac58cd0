import type { AnalysisSetup } from './analyzeFiles';
import type { FileReport, Notification } from './report';

/** What a worker starts with (`workerData`). */
export interface WorkerSetup {
  readonly setup: AnalysisSetup;
}

/** Main thread → worker: analyse these files; `start` is the index of the first in the whole run. */
export interface WorkerBatch {
  readonly start: number;
  readonly files: readonly string[];
}

/** A project notification with the index of the file whose analysis raised it, to merge in file order. */
export interface IndexedNotification {
  readonly index: number;
  readonly notification: Notification;
}

/** Worker → main thread: the reports of one batch, in order. */
export interface WorkerBatchResult {
  readonly start: number;
  readonly reports: readonly FileReport[];
  readonly notifications: readonly IndexedNotification[];
}
