import * as fs from 'node:fs';
import * as path from 'node:path';
import { fdir, type FSLike } from 'fdir';
import picomatch from 'picomatch';
import { ALWAYS_SKIPPED_DIRECTORIES, GitignoreRules, isComposerVendor } from './gitignore';
import { toPosix } from './paths';
import { describeError, type WorkspaceProblem } from './problems';

export interface WalkOptions {
  /** Directories to walk (absolute, or relative to the current directory). */
  readonly directories: readonly string[];
  /** Which files to keep (absolute path); directories are always descended unless ignored. */
  readonly includeFile: (absolutePath: string) => boolean;
  /** Extra globs to skip (picomatch syntax), matched against paths relative to `patternBase`. */
  readonly ignorePatterns?: readonly string[];
  /** Directory the `ignorePatterns` are relative to (the config file's directory). Default: cwd. */
  readonly patternBase?: string;
  /** Respect .gitignore files (default true). */
  readonly gitignore?: boolean;
  readonly signal?: AbortSignal;
}

export interface WalkResult {
  /** Absolute paths, sorted, without duplicates. */
  readonly files: string[];
  readonly problems: WorkspaceProblem[];
}

type ReaddirCallback = (error: NodeJS.ErrnoException | null, entries: fs.Dirent[]) => void;

/**
 * Lists the files below some directories: .gitignore respected (nested files too),
 * node_modules, Composer's vendor and VCS folders skipped, symbolic links to directories not followed (as git does),
 * unreadable directories and symbolic-link loops reported as problems instead of thrown.
 */
export async function walkFiles(options: WalkOptions): Promise<WalkResult> {
  const problems: WorkspaceProblem[] = [];
  const patternBase = path.resolve(options.patternBase ?? process.cwd());
  const patterns = options.ignorePatterns ?? [];
  const matchesPattern = patterns.length > 0 ? picomatch(patterns as string[], { dot: true }) : undefined;
  const ignoredByPattern = (absolutePath: string): boolean => {
    if (!matchesPattern) return false;
    const relative = toPosix(path.relative(patternBase, absolutePath));
    return relative !== '' && !relative.startsWith('../') && matchesPattern(relative);
  };

  const files = new Set<string>();
  for (const directory of options.directories) {
    const root = path.resolve(directory);
    const gitignore = options.gitignore === false ? undefined : gitignoreFor(root);
    const isIgnored = (absolutePath: string, isDirectory: boolean): boolean =>
      ignoredByPattern(absolutePath) || (gitignore?.isIgnored(absolutePath, isDirectory) ?? false);
    const loops = new Set<string>();
    const onListing = (directory: string, entries: readonly fs.Dirent[]): void =>
      gitignore?.noteListing(stripSeparator(directory), entries.some((entry) => entry.name === '.gitignore'));
    const crawler = new fdir({ fs: reportingFs(problems, loops, isIgnored, onListing), ...(options.signal ? { signal: options.signal } : {}) })
      .withFullPaths()
      .exclude((name, dirPath) => ALWAYS_SKIPPED_DIRECTORIES.has(name) || isComposerVendor(name, dirPath) || isIgnored(stripSeparator(dirPath), true))
      .filter((filePath, isDirectory) => !isDirectory && !loops.has(filePath) && options.includeFile(filePath) && !isIgnored(filePath, false));
    // fdir joins the resolved root and entry names: the paths are absolute and normal already (POSIX).
    for (const file of await crawler.crawl(root).withPromise()) files.add(process.platform === 'win32' ? path.resolve(file) : file);
  }
  return { files: [...files].sort(), problems };
}

/**
 * The .gitignore rules for a walk: from the repository root down, unless the directory asked for
 * is itself ignored (`sessionlint dist`): then only the .gitignore files inside it count.
 */
function gitignoreFor(root: string): GitignoreRules {
  const fromRepository = new GitignoreRules(GitignoreRules.topFor(root));
  return fromRepository.isIgnored(root, true) ? new GitignoreRules(root) : fromRepository;
}

function stripSeparator(dirPath: string): string {
  return dirPath.length > 1 && (dirPath.endsWith('/') || dirPath.endsWith(path.sep)) ? dirPath.slice(0, -1) : dirPath;
}

/**
 * The real filesystem, with directory reads that record why they failed (fdir itself stays silent)
 * and that check symbolic links in each listing, so that links pointing to themselves are reported.
 */
function reportingFs(
  problems: WorkspaceProblem[],
  loops: Set<string>,
  isIgnored: (absolutePath: string, isDirectory: boolean) => boolean,
  onListing: (directory: string, entries: readonly fs.Dirent[]) => void,
): FSLike {
  const inspect = (directory: string, entries: readonly fs.Dirent[]): void => {
    onListing(directory, entries);
    for (const entry of entries) {
      if (!entry.isSymbolicLink()) continue;
      const linkPath = path.join(directory, entry.name);
      if (isIgnored(linkPath, false) || ALWAYS_SKIPPED_DIRECTORIES.has(entry.name)) continue;
      try {
        fs.statSync(linkPath);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
          loops.add(linkPath);
          problems.push({ kind: 'symlink-loop', path: linkPath, message: `${linkPath}: symbolic link loop; skipped` });
        }
      }
    }
  };
  const failed = (directory: string, error: unknown): void => {
    problems.push({ kind: 'unreadable-directory', path: directory, message: `${directory}: cannot read directory (${describeError(error)}); skipped` });
  };
  const readdir = (directory: fs.PathLike, options: { withFileTypes: true }, callback: ReaddirCallback): void => {
    fs.readdir(directory, options, (error, entries) => {
      if (error) failed(String(directory), error);
      else inspect(String(directory), entries);
      callback(error, entries ?? []);
    });
  };
  const readdirSync = (directory: fs.PathLike, options: { withFileTypes: true }): fs.Dirent[] => {
    try {
      const entries = fs.readdirSync(directory, options);
      inspect(String(directory), entries);
      return entries;
    } catch (error) {
      failed(String(directory), error);
      throw error;
    }
  };
  return {
    readdir: readdir as unknown as FSLike['readdir'],
    readdirSync: readdirSync as unknown as FSLike['readdirSync'],
    realpath: fs.realpath,
    realpathSync: fs.realpathSync,
    stat: fs.stat,
    statSync: fs.statSync,
  };
}
