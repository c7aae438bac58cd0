import * as path from 'node:path';
import type { ProjectContext } from '../model/project';
import { ProjectLoader } from '../workspace/project';
import { warnOnce } from './warnings';

/**
 * How long a project read from disk is reused. One `eslint` run reads each package.json, lockfile
 * and imported module once; a long-lived ESLint host (an editor) sees edits after this delay,
 * as with eslint-plugin-import's `import/cache` lifetime.
 */
const LIFETIME_MS = 30_000;

interface CachedLoader {
  readonly loader: ProjectLoader;
  readonly createdAt: number;
}

/** One loader per working directory: ESLint gives no other notion of a run or a project. */
const loaders = new Map<string, CachedLoader>();

/**
 * The project around a linted file, built lazily from disk the first time a file of it is linted
 * and cached for the run: the same ProjectLoader the CLI and the language server use (package.json,
 * lockfiles, relative modules, read as data), so ESLint reports what they report. Files ESLint lints
 * from stdin (`<input>`, `<text>`) have no folder to read.
 */
export function cachedProjectFromDisk(fileName: string, cwd: string, now: () => number = Date.now): ProjectContext | undefined {
  if (!path.isAbsolute(fileName)) return undefined;
  let cached = loaders.get(cwd);
  if (!cached || now() - cached.createdAt > LIFETIME_MS) {
    cached = { loader: new ProjectLoader({ baseDir: cwd, onProblem: (problem) => warnOnce(problem.message) }), createdAt: now() };
    loaders.set(cwd, cached);
  }
  return cached.loader.contextFor(fileName);
}

/** Forgets every project read (tests; a host that knows files changed). */
export function clearProjectsFromDisk(): void {
  loaders.clear();
}
