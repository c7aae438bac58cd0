import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ProjectContext } from '../model/project';
import { ProjectLoader } from '../workspace/project';
import { warnOnce } from './warnings';

/**
 * How often the files a project was read from are compared with the disk. ESLint tells a plugin
 * nothing of runs or file changes, and a long-lived host (vscode-eslint, `eslint_d`) lints with the
 * same module for hours: a service edited in another tab must reach the controller's next lint.
 * Comparing costs one `stat` per file read, so within one run it is done at most this often.
 */
const CHECK_INTERVAL_MS = 250;

/** What one file looked like when it was read: its modification time and size, or missing. */
function stampOf(absolute: string): string {
  try {
    const stat = fs.statSync(absolute);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return 'missing';
  }
}

/** A loader with the stamps of the files and folders it read, to forget exactly those that changed. */
class CheckedLoader {
  readonly loader: ProjectLoader;
  private readonly stamps = new Map<string, string>();
  private checkedAt: number;

  constructor(cwd: string, now: number) {
    this.checkedAt = now;
    this.loader = new ProjectLoader({ baseDir: cwd, onProblem: (problem) => warnOnce(problem.message), onRead: (absolute) => this.stamps.set(absolute, stampOf(absolute)) });
  }

  /** Forgets what was read from files changed, created or deleted since (at most once per interval). */
  refresh(now: number): void {
    if (now - this.checkedAt < CHECK_INTERVAL_MS) return;
    this.checkedAt = now;
    for (const [file, stamp] of [...this.stamps]) {
      if (stampOf(file) === stamp) continue;
      // Stamped again when it is read again.
      this.stamps.delete(file);
      this.loader.invalidate(file);
    }
  }
}

/** One loader per working directory: ESLint gives no other notion of a run or a project. */
const loaders = new Map<string, CheckedLoader>();

/**
 * The project around a linted file, built lazily from disk the first time a file of it is linted
 * and kept while the files it was read from are unchanged: the same ProjectLoader the CLI and the
 * language server use (package.json, lockfiles, relative modules, the package's sources, read as
 * data), so ESLint reports what they report. Files ESLint lints from stdin (`<input>`, `<text>`)
 * have no folder to read.
 */
export function cachedProjectFromDisk(fileName: string, cwd: string, now: () => number = Date.now): ProjectContext | undefined {
  if (!path.isAbsolute(fileName)) return undefined;
  let cached = loaders.get(cwd);
  if (!cached) {
    cached = new CheckedLoader(cwd, now());
    loaders.set(cwd, cached);
  } else cached.refresh(now());
  return cached.loader.contextFor(fileName);
}

/** Forgets every project read (tests; a host that knows files changed). */
export function clearProjectsFromDisk(): void {
  loaders.clear();
}
