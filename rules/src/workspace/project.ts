import * as path from 'node:path';
import type { ProjectContext } from '../model/project';
import { lockedComposerVersions } from './composerLock';
import { isFile, resolveRelativeModule } from './moduleResolution';
import { toPosix } from './paths';
import type { WorkspaceProblem } from './problems';
import { readSourceFile } from './readText';

/** Imported modules larger than this are not read for value resolution. */
export const MAX_MODULE_BYTES = 1024 * 1024;
const MAX_MANIFEST_BYTES = 1024 * 1024;

/** The manifests the dependencies come from, and which of their fields list dependencies. */
const MANIFESTS: readonly { readonly file: string; readonly fields: readonly string[] }[] = [
  { file: 'package.json', fields: ['dependencies', 'devDependencies'] },
  { file: 'composer.json', fields: ['require', 'require-dev'] },
];

export interface ProjectLoaderOptions {
  /** Relative file names are resolved against this directory. Default: the current directory. */
  readonly baseDir?: string;
  readonly maxModuleBytes?: number;
  /** Told about manifests that cannot be used (not JSON); each is reported once. */
  readonly onProblem?: (problem: WorkspaceProblem) => void;
}

/**
 * Builds the {@link ProjectContext} of files: the dependencies of the nearest package.json and
 * composer.json above the file (read as JSON data: nothing is required or executed), and
 * `readModule`, which reads relative imports for value resolution. Everything is cached per
 * directory and per file; call {@link invalidate} when files change (the server, `--fix`).
 */
export class ProjectLoader {
  private readonly baseDir: string;
  private readonly maxModuleBytes: number;
  private readonly nearestManifest = new Map<string, string | null>();
  private readonly dependenciesOf = new Map<string, Readonly<Record<string, string>>>();
  private readonly contexts = new Map<string, ProjectContext>();
  private readonly modules = new Map<string, string | null>();
  private readonly locks = new Map<string, Readonly<Record<string, string>>>();

  constructor(private readonly options: ProjectLoaderOptions = {}) {
    this.baseDir = path.resolve(options.baseDir ?? process.cwd());
    this.maxModuleBytes = options.maxModuleBytes ?? MAX_MODULE_BYTES;
  }

  /** The project context for a file (absolute, or relative to `baseDir`). */
  contextFor(fileName: string): ProjectContext {
    const directory = path.dirname(path.resolve(this.baseDir, fileName));
    let context = this.contexts.get(directory);
    if (!context) {
      const dependencies: Record<string, string> = {};
      for (const manifest of MANIFESTS) {
        const found = this.findUpwards(directory, manifest.file);
        if (found) Object.assign(dependencies, this.readDependencies(found, manifest.fields));
        // The installed version wins over the range for packages the project requires itself.
        if (found && manifest.file === 'composer.json') {
          for (const [name, version] of Object.entries(this.lockedVersions(found))) if (name in dependencies) dependencies[name] = version;
        }
      }
      context = { dependencies, readModule: (fromFile, specifier) => this.readModule(fromFile, specifier) };
      this.contexts.set(directory, context);
    }
    return context;
  }

  /**
   * Reads the module a relative specifier refers to, as text (never executed). The returned file
   * name has the form `fromFile` had: absolute, or relative to `baseDir` with forward slashes.
   * @param openText the editor's unsaved text of an open file (by absolute name): it wins over the
   *   disk, and a file that exists only in the editor resolves like one on disk.
   */
  readModule(fromFile: string, specifier: string, openText?: (fileName: string) => string | undefined): { fileName: string; text: string } | undefined {
    const exists = openText ? (candidate: string) => openText(candidate) !== undefined || isFile(candidate) : isFile;
    const target = resolveRelativeModule(path.resolve(this.baseDir, fromFile), specifier, exists);
    if (!target) return undefined;
    const fileName = path.isAbsolute(fromFile) ? target : toPosix(path.relative(this.baseDir, target));
    const open = openText?.(target);
    if (open !== undefined) return { fileName, text: open };
    let text = this.modules.get(target);
    if (text === undefined) {
      const read = readSourceFile(target, this.maxModuleBytes);
      text = read.ok ? read.text : null;
      this.modules.set(target, text);
    }
    if (text === null) return undefined;
    return { fileName, text };
  }

  /** Forgets what was read: everything, or what depends on one file (a module or a manifest). */
  invalidate(fileName?: string): void {
    if (fileName === undefined) {
      this.nearestManifest.clear();
      this.dependenciesOf.clear();
      this.locks.clear();
      this.modules.clear();
      this.contexts.clear();
      return;
    }
    const absolute = path.resolve(this.baseDir, fileName);
    this.modules.delete(absolute);
    const base = path.basename(absolute);
    if (MANIFESTS.some((m) => m.file === base)) {
      this.nearestManifest.clear();
      this.dependenciesOf.delete(absolute);
      this.contexts.clear();
    }
    if (base === 'composer.lock') {
      this.locks.delete(path.join(path.dirname(absolute), 'composer.json'));
      this.contexts.clear();
    }
  }

  private lockedVersions(composerJsonPath: string): Readonly<Record<string, string>> {
    let versions = this.locks.get(composerJsonPath);
    if (!versions) {
      versions = lockedComposerVersions(composerJsonPath);
      this.locks.set(composerJsonPath, versions);
    }
    return versions;
  }

  private findUpwards(directory: string, file: string): string | undefined {
    const visited: string[] = [];
    let found: string | null | undefined;
    for (let current = directory; ; current = path.dirname(current)) {
      found = this.nearestManifest.get(`${current}\0${file}`);
      if (found !== undefined) break;
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
    for (const dir of visited) this.nearestManifest.set(`${dir}\0${file}`, found);
    return found ?? undefined;
  }

  private readDependencies(manifestPath: string, fields: readonly string[]): Readonly<Record<string, string>> {
    const cached = this.dependenciesOf.get(manifestPath);
    if (cached) return cached;
    const dependencies: Record<string, string> = {};
    const read = readSourceFile(manifestPath, MAX_MANIFEST_BYTES);
    let data: unknown;
    try {
      if (!read.ok) throw new Error(read.message);
      data = JSON.parse(read.text);
    } catch (error) {
      this.options.onProblem?.({ kind: 'invalid-manifest', path: manifestPath, message: `${manifestPath}: not usable as JSON (${error instanceof Error ? error.message : String(error)}); dependencies unknown` });
    }
    if (isRecord(data)) {
      for (const field of fields) {
        const entries = data[field];
        if (!isRecord(entries)) continue;
        for (const [name, version] of Object.entries(entries)) if (typeof version === 'string') dependencies[name] = version;
      }
    }
    this.dependenciesOf.set(manifestPath, dependencies);
    return dependencies;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
