import * as os from 'node:os';

/**
 * How many worker threads analyse the files. Each worker loads its own parsers (typescript alone
 * is about 70 MB), so the automatic choice stays at 4 even on larger machines, and a small project
 * stays in the main thread: starting a worker costs more than analysing a few dozen files.
 */
export const MAX_AUTO_THREADS = 4;
/** Fewer files than this per worker and the automatic choice uses fewer workers (or none). */
export const MIN_FILES_PER_THREAD = 100;

/**
 * The number of worker threads for a run; 0 means analyse in the main thread.
 * @param requested `--threads N`, or undefined for the automatic choice.
 */
export function workerCount(fileCount: number, requested: number | undefined, availableCores: number = os.availableParallelism()): number {
  if (requested !== undefined) return requested <= 1 ? 0 : Math.min(requested, fileCount);
  const threads = Math.min(availableCores, MAX_AUTO_THREADS, Math.floor(fileCount / MIN_FILES_PER_THREAD));
  return threads <= 1 ? 0 : threads;
}
