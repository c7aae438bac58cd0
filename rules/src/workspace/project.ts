import * as path from 'node:path';
import type { PackageSources, ProjectContext } from '../model/project';
import { listPackageSources, listPhpSources } from './packageFiles';
import { LOCKFILE_NAMES } from './lockfiles';
import { copyVersionsOnDemand, MANIFESTS, ManifestReader, type ManifestData } from './manifests';
import { isFile, isRelativeSpecifier, resolveRelativeModule } from './moduleResolution';
import { isInside, toPosix } from './paths';
import type { WorkspaceProblem } from './problems';
import { PackageSearch } from './packageSearch';
import { readSourceFile } from './readText';
import { TextCache } from './textCache';
import { aliasTargets, readPathAliases, type PathAliases } from './tsconfigPaths';

/** Imported modules larger than this are not read for value resolution. */
export const MAX_MODULE_BYTES = 1024 * 1024;
/** The most text kept of the files read (characters); a file read again after that is read from disk. */
const MAX_KEPT_TEXT = 16 * 1024 * 1024;

export interface ProjectLoaderOptions {
  /** Relative file names are resolved against this directory. Default: the current directory. */
  readonly baseDir?: string;
  readonly maxModuleBytes?: number;
  /** Told about manifests that cannot be used (not JSON); each is reported once. */
  readonly onProblem?: (problem: WorkspaceProblem) => void;
  /**
   * Told of every file the loader reads from disk and keeps (or looked for and found missing), and
   * of every folder it lists: a face without file events (ESLint) compares them with the disk later
   * and calls {@link ProjectLoader.invalidate} for those that changed.
   */
  readonly onRead?: (absolute: string) => void;
}

/**
 * Builds the {@link ProjectContext} of files: the dependencies of the nearest package.json and
 * composer.json above the file (so each workspace of a monorepo has its own), at the versions
 * their lockfile installs (read as data: nothing is required or executed), and `readModule`,
 * which reads relative imports for value resolution. Everything is cached per directory and per
 * file; call {@link invalidate} when files change (the server, `--fix`).
 */
export class ProjectLoader {
  private readonly baseDir: string;
  private readonly maxModuleBytes: number;
  /** Manifests, lockfiles and tsconfigs are looked for above a file up to the workspace root (see {@link PackageSearch}). */
  private readonly search: PackageSearch;
  private readonly manifests: ManifestReader;
  private readonly contexts = new Map<string, ProjectContext>();
  private readonly modules = new TextCache(MAX_KEPT_TEXT);
  /** tsconfig.json → its path aliases (null: none). */
  private readonly aliases = new Map<string, PathAliases | null>();
  private readonly aliasTargets = new Map<string, string | null>();
  private readonly sources = new Map<string, Listing | null>();
  /** The PHP files of each application folder (composer.json's, or the base directory). */
  private readonly phpListings = new Map<string, Listing | null>();

  constructor(private readonly options: ProjectLoaderOptions = {}) {
    this.baseDir = path.resolve(options.baseDir ?? process.cwd());
    this.maxModuleBytes = options.maxModuleBytes ?? MAX_MODULE_BYTES;
    this.search = new PackageSearch(this.baseDir);
    this.manifests = new ManifestReader(options);
  }

  /** The project context for a file (absolute, or relative to `baseDir`). */
  contextFor(fileName: string): ProjectContext {
    const directory = path.dirname(path.resolve(this.baseDir, fileName));
    let context = this.contexts.get(directory);
    if (!context) {
      const dependencies: Record<string, string> = {};
      const manifests: ManifestData[] = [];
      for (const manifest of MANIFESTS) {
        const found = this.search.findUpwards(directory, manifest.file);
        if (!found) continue;
        const data = this.manifests.read(found, manifest.fields);
        // Names only: a version is read from the lockfile when a rule asks for it.
        copyVersionsOnDemand(dependencies, data.dependencies);
        manifests.push(data);
      }
      context = {
        dependencies,
        get lockfile(): string | undefined {
          for (const data of manifests) if (data.lockfile) return data.lockfile;
          return undefined;
        },
        readModule: (fromFile, specifier) => this.readModule(fromFile, specifier),
        readFile: (fromFile, relativePath) => this.readFile(fromFile, relativePath),
        selfReference: (fromFile, specifier) => this.selfReference(fromFile, specifier),
        packageSources: (fromFile) => this.packageSources(fromFile),
        phpSources: (fromFile) => this.phpSources(fromFile),
      };
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
    const absoluteFrom = path.resolve(this.baseDir, fromFile);
    const target = isRelativeSpecifier(specifier) ? resolveRelativeModule(absoluteFrom, specifier, exists) : this.resolveAlias(absoluteFrom, specifier, exists);
    if (!target) return undefined;
    const fileName = path.isAbsolute(fromFile) ? target : toPosix(path.relative(this.baseDir, target));
    const open = openText?.(target);
    if (open !== undefined) return { fileName, text: open };
    const text = this.readText(target);
    return text === undefined ? undefined : { fileName, text };
  }

  /**
   * Reads the file at `relativePath` from `fromFile`'s folder, exactly (no extensions probed), as
   * text: PHP includes and the files of a PHP application. Names have the form `fromFile` has.
   * @param openText as in {@link readModule}: the editor's texts win over the disk.
   */
  readFile(fromFile: string, relativePath: string, openText?: (fileName: string) => string | undefined): { fileName: string; text: string } | undefined {
    if (relativePath === '' || path.isAbsolute(relativePath)) return undefined;
    const target = path.resolve(path.dirname(path.resolve(this.baseDir, fromFile)), relativePath);
    const fileName = path.isAbsolute(fromFile) ? target : toPosix(path.relative(this.baseDir, target));
    const open = openText?.(target);
    if (open !== undefined) return { fileName, text: open };
    const text = isFile(target) ? this.readText(target) : undefined;
    return text === undefined ? undefined : { fileName, text };
  }

  /**
   * A bare specifier that the nearest tsconfig.json (or jsconfig.json) maps to a file of the
   * project (`paths`: `@routes/*` → `src/routes/*`, or below `baseUrl`); undefined for packages.
   */
  private resolveAlias(fromFile: string, specifier: string, exists: (fileName: string) => boolean): string | undefined {
    const folder = path.dirname(fromFile);
    // Only the package's own config: one found above its package.json belongs to something else.
    const manifest = this.search.findUpwards(folder, 'package.json');
    const config = this.search.findUpwards(folder, 'tsconfig.json') ?? this.search.findUpwards(folder, 'jsconfig.json');
    if (!config || !manifest || !isInside(path.dirname(manifest), path.dirname(config))) return undefined;
    let aliases = this.aliases.get(config);
    if (aliases === undefined) {
      aliases = readPathAliases(config) ?? null;
      this.aliases.set(config, aliases);
      this.options.onRead?.(config);
    }
    if (!aliases) return undefined;
    // The editor's unsaved files can change the answer; the disk's answer is kept per specifier.
    const key = `${config}\0${specifier}`;
    const known = exists === isFile ? this.aliasTargets.get(key) : undefined;
    if (known !== undefined) return known ?? undefined;
    let resolved: string | undefined;
    for (const target of aliasTargets(aliases, specifier)) {
      resolved = resolveRelativeModule(path.join(path.dirname(target), '_'), `./${path.basename(target)}`, exists);
      if (resolved) break;
    }
    if (exists === isFile) this.aliasTargets.set(key, resolved ?? null);
    return resolved;
  }

  /**
   * The package's sources for the application model, listed once per package folder and read
   * through the module cache; names have the form `fromFile` has.
   * @param openText as in {@link readModule}: the editor's texts win over the disk.
   */
  packageSources(fromFile: string, openText?: (fileName: string) => string | undefined): PackageSources | undefined {
    const absolute = path.resolve(this.baseDir, fromFile);
    const manifest = this.search.findUpwards(path.dirname(absolute), 'package.json');
    const root = manifest ? path.dirname(manifest) : this.baseDir;
    // A file outside any package and workspace folder: no application to list (never the whole disk).
    if (path.dirname(root) === root) return undefined;
    const listed = this.listing(this.sources, root, listPackageSources);
    return listed ? this.asSources(fromFile, root, listed, openText) : undefined;
  }

  /**
   * The PHP files of the application around a file: below the folder of its nearest composer.json,
   * else below the base directory (plain PHP apps often have no composer.json); listed once per
   * folder, read through the module cache; names have the form `fromFile` has. Undefined for a file
   * outside the base directory with no composer.json, and for an application too large to list.
   * @param openText as in {@link readModule}: the editor's texts win over the disk.
   */
  phpSources(fromFile: string, openText?: (fileName: string) => string | undefined): PackageSources | undefined {
    const absolute = path.resolve(this.baseDir, fromFile);
    const manifest = this.search.findUpwards(path.dirname(absolute), 'composer.json');
    const root = manifest ? path.dirname(manifest) : this.baseDir;
    if (path.dirname(root) === root || !isInside(root, absolute)) return undefined;
    const listed = this.listing(this.phpListings, root, listPhpSources);
    return listed ? this.asSources(fromFile, root, listed, openText) : undefined;
  }

  /** The files `list` finds below `root`, listed once and kept in `cache` (null: too many to list). */
  private listing(cache: Map<string, Listing | null>, root: string, list: (root: string) => string[] | undefined): Listing | null {
    let listed = cache.get(root);
    if (listed === undefined) {
      const files = list(root);
      listed = files ? { absolute: files } : null;
      cache.set(root, listed);
      // A file created or deleted changes its folder: the listing is made again.
      if (this.options.onRead) for (const folder of new Set([root, ...(files ?? []).map((file) => path.dirname(file))])) this.options.onRead(folder);
    }
    return listed;
  }

  /** A listing in the form `fromFile` has (absolute, or relative to the base directory), with a reader. */
  private asSources(fromFile: string, root: string, listed: Listing, openText?: (fileName: string) => string | undefined): PackageSources {
    const read = (file: string): string | undefined => {
      const inward = path.resolve(this.baseDir, file);
      return openText?.(inward) ?? this.readText(inward);
    };
    if (path.isAbsolute(fromFile)) return { root, files: listed.absolute, read };
    // The same array on every call: the application model is cached by it.
    listed.relative ??= listed.absolute.map((file) => toPosix(path.relative(this.baseDir, file)));
    return { root: toPosix(path.relative(this.baseDir, root)), files: listed.relative, read };
  }

  private readText(absolute: string): string | undefined {
    let text = this.modules.get(absolute);
    if (text === undefined) {
      const read = readSourceFile(absolute, this.maxModuleBytes);
      text = read.ok ? read.text : null;
      this.modules.set(absolute, text);
      this.options.onRead?.(absolute);
    }
    return text ?? undefined;
  }

  /**
   * `require('..')` from `examples/` or `test/`: a relative specifier that names the folder of the
   * nearest package.json with a name (or the file its `main` points to) is that package itself.
   */
  selfReference(fromFile: string, specifier: string): string | undefined {
    if (!isRelativeSpecifier(specifier)) return undefined;
    const folder = path.dirname(path.resolve(this.baseDir, fromFile));
    const target = path.resolve(folder, specifier);
    // Only a specifier that climbs to an enclosing package: `./lib` inside a package is a plain module.
    if (target === folder || !isInside(target, folder)) return undefined;
    const manifest = path.join(target, 'package.json');
    if (!isFile(manifest)) return undefined;
    return this.manifests.read(manifest, MANIFESTS[0]!.fields).name;
  }

  /**
   * The project files a file's context was read from, or looked for: every package.json /
   * composer.json from its folder up to the nearest one, the lockfile names from that manifest's
   * folder up to the lockfile used, and tsconfig.json / jsconfig.json up to the package's folder
   * (path aliases). A face that re-analyses on change (the editor) records them as reads: a change to
   * one, or one created nearer, changes the file's dependencies or aliases. Answered from the caches.
   */
  projectFilesOf(fileName: string): string[] {
    const directory = path.dirname(path.resolve(this.baseDir, fileName));
    this.contextFor(fileName);
    const files: string[] = [];
    let packageFolder: string | undefined;
    for (const manifest of MANIFESTS) {
      const found = this.search.findUpwards(directory, manifest.file);
      files.push(...this.search.candidatesUpTo(directory, manifest.file, found));
      if (!found) continue;
      if (manifest.file === 'package.json') packageFolder = path.dirname(found);
      const lockfile = this.manifests.read(found, manifest.fields).lockfile;
      for (const name of LOCKFILE_NAMES) files.push(...this.search.candidatesUpTo(path.dirname(found), name, lockfile && path.basename(lockfile) === name ? lockfile : undefined));
    }
    for (const config of ['tsconfig.json', 'jsconfig.json']) {
      const found = this.search.findUpwards(directory, config);
      const stop = found && (!packageFolder || isInside(packageFolder, found)) ? found : packageFolder && path.join(packageFolder, config);
      files.push(...this.search.candidatesUpTo(directory, config, stop));
    }
    return files;
  }

  /** Forgets what was read: everything, or what depends on one file (a module, a manifest or a lockfile). */
  invalidate(fileName?: string): void {
    if (fileName === undefined) {
      this.search.clear();
      this.manifests.forget();
      this.aliases.clear();
      this.aliasTargets.clear();
      this.sources.clear();
      this.phpListings.clear();
      this.modules.clear();
      this.contexts.clear();
      return;
    }
    const absolute = path.resolve(this.baseDir, fileName);
    this.modules.delete(absolute);
    // A file created or deleted changes the listing; an edit only its text.
    if (!isFile(absolute) || !this.isListed(absolute)) {
      this.sources.clear();
      this.phpListings.clear();
    }
    const base = path.basename(absolute);
    if (base === 'tsconfig.json' || base === 'jsconfig.json' || base.startsWith('tsconfig.')) this.aliases.clear();
    // A file created or deleted can change where an alias points.
    this.aliasTargets.clear();
    if (MANIFESTS.some((m) => m.file === base) || LOCKFILE_NAMES.has(base)) {
      this.search.clear();
      // A lockfile can serve every manifest of a monorepo: all are read again.
      this.manifests.forget(absolute);
      this.contexts.clear();
    }
  }

  private isListed(absolute: string): boolean {
    for (const listed of [...this.sources.values(), ...this.phpListings.values()]) if (listed?.absolute.includes(absolute)) return true;
    return false;
  }
}

/** Files listed once per folder: absolute names, and (on first use) the same relative to the base directory. */
interface Listing {
  readonly absolute: readonly string[];
  relative?: readonly string[];
}
