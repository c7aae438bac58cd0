import * as path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { ProjectLoader } from '../workspace/project';
import { analyzeFile, analyzeFiles, projectNotification, type AnalysisOutput, type AnalysisSetup } from './analyzeFiles';
import type { FileReport, Notification } from './report';
import { workerCount } from './threads';
import type { IndexedNotification, WorkerBatch, WorkerBatchResult, WorkerSetup } from './workerProtocol';

/**
 * Heap limits of a worker. Without them V8 lets each worker's heap grow to hundreds of MB of
 * garbage (every parsed file leaves its ASTs behind); with them it collects sooner, for a few per
 * cent more CPU. A file that needs more (a huge bundle) makes its worker run out of memory: its
 * batch is then analysed again in the main thread, which has no such limit.
 */
export const WORKER_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 12 };

/**
 * Analyses files in worker threads, with the same output as {@link analyzeFiles} in one thread:
 * reports in the order of `files`, and project notifications in the order a single thread would
 * raise them (each once). `--fix` stays in one thread: a fixed file can be a module another file
 * imports, and which version that file sees must not depend on scheduling.
 */
export async function analyzeFilesInThreads(
  files: readonly string[],
  setup: AnalysisSetup,
  requestedThreads: number | undefined,
  limits: ResourceLimits = WORKER_RESOURCE_LIMITS,
): Promise<AnalysisOutput> {
  const workers = setup.fix ? 0 : workerCount(files.length, requestedThreads);
  if (workers === 0) return analyzeFiles(files, setup);
  return new WorkerRun(files, setup, workers, limits).run();
}

/** Guided scheduling: big batches while much is left (little messaging), small ones at the end (even finish). */
function nextBatchSize(remaining: number, workers: number): number {
  return Math.max(1, Math.min(64, Math.ceil(remaining / (workers * 8))));
}

class WorkerRun {
  private readonly reports: FileReport[];
  private readonly indexed: IndexedNotification[] = [];
  private next = 0;
  private finished = 0;
  private readonly inFlight = new Map<Worker, WorkerBatch>();
  private readonly live = new Set<Worker>();
  /** Batches of workers that died (out of memory), analysed again in the main thread. */
  private readonly orphaned: WorkerBatch[] = [];
  private mainProject: ProjectLoader | undefined;
  private mainIndex = 0;
  private settled = false;

  constructor(
    private readonly files: readonly string[],
    private readonly setup: AnalysisSetup,
    private readonly count: number,
    private readonly limits: ResourceLimits,
  ) {
    this.reports = new Array<FileReport>(files.length);
  }

  run(): Promise<AnalysisOutput> {
    return new Promise<AnalysisOutput>((resolve, reject) => {
      const done = (): void => {
        if (this.settled) return;
        this.settled = true;
        void Promise.all([...this.live].map((w) => w.terminate())).then(() => resolve({ files: this.reports, notifications: mergeNotifications(this.indexed) }), reject);
      };
      const fail = (error: unknown): void => {
        if (this.settled) return;
        this.settled = true;
        void Promise.all([...this.live].map((w) => w.terminate())).finally(() => reject(error));
      };
      // Once no worker is left, the main thread finishes what is left: orphaned batches, then the rest.
      const finishInMain = (): void => {
        if (this.live.size > 0 || this.settled) return;
        this.finishHere().then(done, fail);
      };
      const workerData: WorkerSetup = { setup: this.setup };
      for (let i = 0; i < this.count; i++) {
        const worker = new Worker(path.join(__dirname, 'analysisWorker.js'), { workerData, resourceLimits: this.limits });
        this.live.add(worker);
        worker.on('message', (result: WorkerBatchResult) => {
          this.inFlight.delete(worker);
          this.accept(result);
          if (this.finished === this.files.length) done();
          else if (!this.sendWork(worker)) {
            // Nothing left to hand out: this worker is done; the others finish their batches.
            this.live.delete(worker);
            void worker.terminate();
            finishInMain();
          }
        });
        // A worker that dies (out of memory on a huge file) leaves its batch to the main thread.
        const lost = (): void => {
          if (!this.live.delete(worker)) return;
          const batch = this.inFlight.get(worker);
          this.inFlight.delete(worker);
          if (batch) this.orphaned.push(batch);
          finishInMain();
        };
        worker.on('error', lost);
        worker.on('exit', lost);
        this.sendWork(worker);
      }
    });
  }

  private sendWork(worker: Worker): boolean {
    if (this.next >= this.files.length) return false;
    const size = nextBatchSize(this.files.length - this.next, this.count);
    const batch: WorkerBatch = { start: this.next, files: this.files.slice(this.next, this.next + size) };
    this.next += size;
    this.inFlight.set(worker, batch);
    worker.postMessage(batch);
    return true;
  }

  private accept(result: WorkerBatchResult): void {
    for (let j = 0; j < result.reports.length; j++) this.reports[result.start + j] = result.reports[j]!;
    this.indexed.push(...result.notifications);
    this.finished += result.reports.length;
  }

  /** The main thread analyses the orphaned batches and whatever was never handed out. */
  private async finishHere(): Promise<void> {
    const batches = [...this.orphaned];
    if (this.next < this.files.length) batches.push({ start: this.next, files: this.files.slice(this.next) });
    this.next = this.files.length;
    this.mainProject ??= new ProjectLoader({
      baseDir: this.setup.base,
      onProblem: (problem) => this.indexed.push({ index: this.mainIndex, notification: projectNotification(this.setup.base, problem) }),
    });
    for (const batch of batches) {
      const reports: FileReport[] = [];
      for (let i = 0; i < batch.files.length; i++) {
        this.mainIndex = batch.start + i;
        reports.push(await analyzeFile(batch.files[i]!, this.setup, this.mainProject));
      }
      this.accept({ start: batch.start, reports, notifications: [] });
    }
  }
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
