import * as os from 'node:os';
import type { LanguageKind } from '../frontends/frontend';

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

/** How a run uses threads: worker threads, and the languages the main thread keeps for itself. */
export interface ThreadPlan {
  readonly workers: number;
  /** Candidates of these languages are analysed by the main thread, the others by the workers. */
  readonly mainLanguages?: ReadonlySet<LanguageKind>;
}

const JS_ONLY: ReadonlySet<LanguageKind> = new Set<LanguageKind>(['js']);

/**
 * The thread plan of a run. Where {@link workerCount} chooses no workers on two cores, a large run
 * still gets one for the languages other than JS/TS: PHP, ini and YAML need no TypeScript (the
 * 70 MB and 0.2 s that make a JS worker a loss there), and their analysis (tree-sitter in
 * WebAssembly) runs beside the main thread's JS work.
 */
export function threadPlan(fileCount: number, requested: number | undefined, availableCores: number = os.availableParallelism()): ThreadPlan {
  const workers = workerCount(fileCount, requested, availableCores);
  if (workers > 0 || requested !== undefined) return { workers };
  return availableCores >= 2 && fileCount >= 2 * MIN_FILES_PER_THREAD ? { workers: 1, mainLanguages: JS_ONLY } : { workers: 0 };
}
