import * as path from 'node:path';
import { isFile } from './moduleResolution';
import { mayBeListed } from './packageFiles';
import { isInside } from './paths';

/**
 * Finds the nearest project file (package.json, composer.json, a lockfile, tsconfig.json) above a
 * folder, bounded by the workspace root the face was given: the CLI's base folder (the current
 * directory, or what its arguments share), the editor's workspace folder, ESLint's cwd.
 *
 * Below the root the search goes on to the root itself. Above it, it goes on only while the
 * workspace could be part of the package found there: a folder opened inside a package
 * (`packages/api/src`) still gets that package's dependencies, but a checkout kept in a hidden or
 * skipped folder of another project (`.corpus/precision/NodeBB+NodeBB`, `node_modules/x`, `vendor/`)
 * is not that project's. NodeBB, which has no package.json at its root, took sessionlint's own
 * repository for its package: its dependencies, and its test fixtures as the app's files.
 * Answers are cached per folder and file name.
 */
export class PackageSearch {
  private readonly nearest = new Map<string, string | null>();

  constructor(private readonly workspaceRoot: string) {}

  findUpwards(directory: string, file: string): string | undefined {
    const visited: string[] = [];
    let found: string | null | undefined;
    for (let current = directory; ; current = path.dirname(current)) {
      found = this.nearest.get(`${current}\0${file}`);
      if (found !== undefined) break;
      if (!this.mayOwn(current)) {
        found = null;
        break;
      }
      visited.push(current);
      const candidate = path.join(current, file);
      if (isFile(candidate)) {
        found = candidate;
        break;
      }
      if (path.dirname(current) === current) {
        found = null;
        break;
      }
    }
    for (const dir of visited) this.nearest.set(`${dir}\0${file}`, found);
    return found ?? undefined;
  }

  /** Whether a project file in `folder` may be the workspace's: at or below its root (or off its path), or above it with nothing hidden or skipped between. */
  private mayOwn(folder: string): boolean {
    if (isInside(this.workspaceRoot, folder) || !isInside(folder, this.workspaceRoot)) return true;
    // `_.js` stands for a source file at the workspace root: only the folders between are judged.
    return mayBeListed(folder, path.join(this.workspaceRoot, '_.js'));
  }

  /**
   * `name` in every folder from `directory` up to `last`'s folder, or up to where the search stops
   * when there is none: where a project file created later would change the answer.
   */
  candidatesUpTo(directory: string, name: string, last: string | undefined): string[] {
    const candidates: string[] = [];
    for (let current = directory; this.mayOwn(current); current = path.dirname(current)) {
      const candidate = path.join(current, name);
      candidates.push(candidate);
      if (candidate === last || path.dirname(current) === current || (last !== undefined && !isInside(path.dirname(last), current))) break;
    }
    return candidates;
  }

  clear(): void {
    this.nearest.clear();
  }
}
