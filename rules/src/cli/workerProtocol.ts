import type { AnalysisSetup } from './analyzeFiles';
import type { FileReport, Notification } from './report';

/** What a worker starts with (`workerData`). */
export interface WorkerSetup {
  readonly setup: AnalysisSetup;
}

/** A file to analyse and its index in the whole run (reports and notifications are merged by it). */
export interface IndexedFile {
  readonly index: number;
  readonly file: string;
}

/** Main thread → worker: analyse these files (files that passed the main thread's screening). */
export interface WorkerBatch {
  readonly files: readonly IndexedFile[];
}

/** A project notification with the index of the file whose analysis raised it, to merge in file order. */
export interface IndexedNotification {
  readonly index: number;
  readonly notification: Notification;
}

/** Worker → main thread: the reports of one batch, in the batch's order. */
export interface WorkerBatchResult {
  readonly reports: readonly FileReport[];
  readonly notifications: readonly IndexedNotification[];
}
