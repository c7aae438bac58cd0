import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALWAYS_SKIPPED_DIRECTORIES } from './gitignore';
import { PROBED_EXTENSIONS } from './moduleResolution';

/** A package larger than this is not assembled into an application model (its files are still analysed one by one). */
export const MAX_PACKAGE_FILES = 5000;

/** Build output and coverage reports repeat the sources; they would register every route twice. */
const SKIPPED = new Set([...ALWAYS_SKIPPED_DIRECTORIES, 'dist', 'build', 'coverage', 'out', '.next', '.nuxt', 'bower_components', 'vendor']);

/**
 * Whether {@link listPackageSources} of `root` would list `file` if it existed: a JS/TS source
 * (not a declaration file) below `root`, in no skipped or hidden folder. (A nested package's folder
 * is not checked: that needs the disk.)
 */
export function mayBeListed(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
  const folders = relative.split(path.sep).slice(0, -1);
  if (folders.some((folder) => SKIPPED.has(folder) || folder.startsWith('.'))) return false;
  return PROBED_EXTENSIONS.includes(path.extname(file)) && !file.endsWith('.d.ts');
}

/**
 * The JS/TS source files of one package (below the folder of its package.json), for the
 * application model: where apps and routers are created and mounted. Synchronous, because the
 * ESLint face has no asynchronous hook; bounded: undefined when the package holds more than
 * {@link MAX_PACKAGE_FILES}. Folders of nested packages are left to their own package.
 */
export function listPackageSources(root: string): string[] | undefined {
  return listFiles(root, 'package.json', (name) => PROBED_EXTENSIONS.includes(path.extname(name)) && !name.endsWith('.d.ts'));
}

/**
 * Whether {@link listPhpSources} of `root` would list `file` if it existed: a `.php` file below
 * `root`, in no skipped or hidden folder (Composer's `vendor/` among them).
 */
export function mayBeListedPhp(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
  const folders = relative.split(path.sep).slice(0, -1);
  return !folders.some((folder) => SKIPPED.has(folder) || folder.startsWith('.')) && isPhpSource(file);
}

/**
 * The PHP files of one application (below the folder of its composer.json, or of the workspace for
 * plain PHP without one), for the questions one file cannot answer alone: which scripts include a
 * configuration file. Bounded like {@link listPackageSources}; folders of nested Composer packages
 * are left to their own application.
 */
export function listPhpSources(root: string): string[] | undefined {
  return listFiles(root, 'composer.json', isPhpSource);
}

function isPhpSource(name: string): boolean {
  return path.extname(name).toLowerCase() === '.php';
}

/** The files below `root` that `accepts`, in no skipped or hidden folder and no folder holding its own `manifest`; sorted. */
function listFiles(root: string, manifest: string, accepts: (name: string) => boolean): string[] | undefined {
  const files: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const directory = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch {
      continue;
    }
    if (directory !== root && entries.some((e) => e.isFile() && e.name === manifest)) continue;
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name) && !entry.name.startsWith('.')) stack.push(path.join(directory, entry.name));
      } else if (entry.isFile() && accepts(entry.name)) {
        files.push(path.join(directory, entry.name));
        if (files.length > MAX_PACKAGE_FILES) return undefined;
      }
    }
  }
  return files.sort();
}
