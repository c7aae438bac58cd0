import * as path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { ProjectLoader } from '../workspace/project';
import { analyzeFile, analyzeFiles, projectNotification, screenFile, type AnalysisOutput, type AnalysisSetup } from './analyzeFiles';
import type { FileReport, Notification } from './report';
import { threadPlan, type ThreadPlan } from './threads';
import type { IndexedFile, IndexedNotification, WorkerBatchResult, WorkerSetup } from './workerProtocol';

/**
 * Heap limits of a worker. Without them V8 lets each worker's heap grow to hundreds of MB of
 * garbage (every parsed file leaves its ASTs behind); with them it collects sooner, for a few per
 * cent more CPU. A file that needs more (a huge bundle) makes its worker run out of memory: its
 * batch is then analysed again in the main thread, which has no such limit.
 */
export const WORKER_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 12 };

/**
 * Screened files waiting for a worker: once this much text waits, another worker is started (up
 * to the thread count). A worker costs its own parsers (about 0.3 s and 70 MB for typescript): a
 * project where little passes the prefilter is analysed by one.
 */
const SPAWN_BACKLOG_BYTES = 256 * 1024;
/** How often the screening loop lets worker results in (files screened between two yields). */
const YIELD_EVERY = 128;

/**
 * Analyses files in worker threads, with the same output as {@link analyzeFiles} in one thread:
 * reports in the order of `files`, and project notifications in the order a single thread would
 * raise them (each once). The main thread reads and screens every file (language, size budget,
 * prefilter) and hands only the files that pass to the workers, while it goes on screening: on a
 * large project most files never reach a parser. `--fix` stays in one thread: a fixed file can be
 * a module another file imports, and which version that file sees must not depend on scheduling.
 */
export async function analyzeFilesInThreads(
  files: readonly string[],
  setup: AnalysisSetup,
  requestedThreads: number | undefined,
  limits: ResourceLimits = WORKER_RESOURCE_LIMITS,
): Promise<AnalysisOutput> {
  const plan: ThreadPlan = setup.fix ? { workers: 0 } : threadPlan(files.length, requestedThreads);
  return analyzeFilesWithPlan(files, setup, plan, limits);
}

/** {@link analyzeFilesInThreads} with the thread plan given (tests choose one whatever the machine's cores). */
export function analyzeFilesWithPlan(files: readonly string[], setup: AnalysisSetup, plan: ThreadPlan, limits: ResourceLimits = WORKER_RESOURCE_LIMITS): Promise<AnalysisOutput> {
  if (plan.workers === 0) return analyzeFiles(files, setup);
  return new PipelinedRun(files, setup, plan, limits).run();
}

/** Guided scheduling once screening is over: big batches while much is left, small ones at the end. */
function finalBatchSize(remaining: number, workers: number): number {
  return Math.max(1, Math.min(64, Math.ceil(remaining / (workers * 4))));
}

class PipelinedRun {
  private readonly reports: FileReport[];
  private readonly indexed: IndexedNotification[] = [];
  /** Screened files no worker has yet, with their sizes. */
  private readonly queue: (IndexedFile & { readonly bytes: number })[] = [];
  private mainProject: ProjectLoader | undefined;
  private mainIndex = 0;
  private queuedBytes = 0;
  private screening = true;
  private spawned = 0;
  private readonly live = new Set<Worker>();
  private readonly idle = new Set<Worker>();
  private readonly inFlight = new Map<Worker, readonly IndexedFile[]>();
  /** Files of workers that died (out of memory), analysed again in the main thread. */
  private readonly orphaned: IndexedFile[] = [];
  private finishing = false;
  private settle!: { resolve: (output: AnalysisOutput) => void; reject: (error: unknown) => void };

  constructor(
    private readonly files: readonly string[],
    private readonly setup: AnalysisSetup,
    private readonly plan: ThreadPlan,
    private readonly limits: ResourceLimits,
  ) {
    this.reports = new Array<FileReport>(files.length);
  }

  async run(): Promise<AnalysisOutput> {
    const result = new Promise<AnalysisOutput>((resolve, reject) => (this.settle = { resolve, reject }));
    try {
      for (let i = 0; i < this.files.length; i++) {
        const screened = screenFile(this.files[i]!, this.setup);
        if ('report' in screened) this.reports[i] = screened.report;
        else {
          this.queue.push({ index: i, file: this.files[i]!, bytes: screened.source.byteLength });
          this.queuedBytes += screened.source.byteLength;
          this.dispatch();
        }
        if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
      }
    } catch (error) {
      this.fail(error);
      return result;
    }
    this.screening = false;
    this.dispatch();
    this.finishIfDone();
    return result;
  }

  private mainProjectFor(index: number): ProjectLoader {
    this.mainIndex = index;
    this.mainProject ??= new ProjectLoader({
      baseDir: this.setup.base,
      onProblem: (problem) => this.indexed.push({ index: this.mainIndex, notification: projectNotification(this.setup.base, problem) }),
    });
    return this.mainProject;
  }

  /** Starts workers the backlog calls for and gives queued files to idle workers. */
  private dispatch(): void {
    while (this.queue.length > 0 && this.spawned < this.plan.workers && (this.live.size === 0 || this.queuedBytes >= SPAWN_BACKLOG_BYTES * this.live.size)) this.spawn();
    for (const worker of this.idle) {
      if (this.queue.length === 0) break;
      const size = this.screening ? this.queue.length : finalBatchSize(this.queue.length, this.live.size);
      const batch = this.queue.splice(0, Math.min(size, 64)).map(({ index, file, bytes }) => {
        this.queuedBytes -= bytes;
        return { index, file };
      });
      this.idle.delete(worker);
      this.inFlight.set(worker, batch);
      worker.postMessage({ files: batch });
    }
  }

  private spawn(): void {
    this.spawned++;
    const workerData: WorkerSetup = { setup: this.setup };
    const worker = new Worker(path.join(__dirname, 'analysisWorker.js'), { workerData, resourceLimits: this.limits });
    this.live.add(worker);
    this.idle.add(worker);
    worker.on('message', (result: WorkerBatchResult) => {
      const batch = this.inFlight.get(worker) ?? [];
      this.inFlight.delete(worker);
      batch.forEach(({ index }, j) => (this.reports[index] = result.reports[j]!));
      this.indexed.push(...result.notifications);
      this.idle.add(worker);
      this.dispatch();
      this.finishIfDone();
    });
    // A worker that dies (out of memory on a huge file) leaves its files to the main thread.
    const lost = (): void => {
      if (!this.live.delete(worker)) return;
      this.idle.delete(worker);
      this.orphaned.push(...(this.inFlight.get(worker) ?? []));
      this.inFlight.delete(worker);
      this.finishIfDone();
    };
    worker.on('error', lost);
    worker.on('exit', lost);
  }

  /** Once screening is over and no worker has work left (or none is left alive), the main thread finishes. */
  private finishIfDone(): void {
    if (this.screening || this.finishing || this.inFlight.size > 0) return;
    if (this.queue.length > 0 && this.live.size > 0) return;
    void this.stopWorkers()
      .then(() => this.finishHere())
      .then(() => this.settle.resolve({ files: this.reports, notifications: mergeNotifications(this.indexed) }), (error: unknown) => this.settle.reject(error));
  }

  private fail(error: unknown): void {
    if (this.finishing) return;
    void this.stopWorkers().finally(() => this.settle.reject(error));
  }

  /** Ends the run's workers; the run is finishing from here on. */
  private stopWorkers(): Promise<unknown> {
    this.finishing = true;
    const workers = [...this.live];
    this.live.clear();
    return Promise.all(workers.map((w) => w.terminate()));
  }

  /** The main thread analyses what dead workers left and whatever no worker took. */
  private async finishHere(): Promise<void> {
    const left = [...this.orphaned, ...this.queue.map(({ index, file }) => ({ index, file }))].sort((a, b) => a.index - b.index);
    for (const { index, file } of left) this.reports[index] = await analyzeFile(file, this.setup, this.mainProjectFor(index));
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
