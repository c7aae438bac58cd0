import * as os from 'node:os';

/**
 * How many worker threads analyse the files. The main thread reads and screens every file; the
 * workers parse what passes. Each worker loads its own parsers (typescript alone is about 70 MB),
 * so the automatic choice stays at 4 even on larger machines.
 */
export const MAX_AUTO_THREADS = 4;
/** Fewer files than this per worker and the automatic choice uses fewer workers (or none). */
export const MIN_FILES_PER_THREAD = 100;

/**
 * The number of worker threads for a run; 0 means analyse in the main thread.
 *
 * Automatically one core is left to the main thread, which screens every file: on two cores V8's
 * garbage collector and compiler already run on the second (measured on the bench corpus: one
 * worker 2.5 s and 330 MB, the main thread alone 2.5 s and 265 MB), so workers start from three.
 * @param requested `--threads N`, or undefined for the automatic choice.
 */
export function workerCount(fileCount: number, requested: number | undefined, availableCores: number = os.availableParallelism()): number {
  if (requested !== undefined) return requested <= 1 ? 0 : Math.min(requested, fileCount);
  const threads = Math.min(availableCores - 1, MAX_AUTO_THREADS, Math.floor(fileCount / MIN_FILES_PER_THREAD));
  return availableCores >= 3 && threads >= 1 ? threads : 0;
}

/** How a run uses threads: the number of worker threads (0: the main thread analyses everything). */
export interface ThreadPlan {
  readonly workers: number;
}

/**
 * The thread plan of a run: {@link workerCount}'s. On two cores the main thread analyses every
 * language. A worker for PHP, ini and YAML beside the main thread's JS/TS (this was the automatic
 * plan until session 9) needs no TypeScript, but it has its own heap, project loader and module
 * caches, and V8's collector and compiler already take the second core: on the real bench corpus
 * (JS/TS and PHP in one run) it cost 7-27 % more CPU time and 10-90 MB more peak RSS than the main
 * thread alone, and it was slower on an idle machine too (12.3 s against 11.1 s).
 */
export function threadPlan(fileCount: number, requested: number | undefined, availableCores: number = os.availableParallelism()): ThreadPlan {
  return { workers: workerCount(fileCount, requested, availableCores) };
}
