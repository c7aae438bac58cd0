/**
 * What the engine knows about the project around a file. Built by every face with the same
 * ProjectLoader: package.json / composer.json and their lockfiles, read as data, never executed.
 */
export interface ProjectContext {
  /**
   * Dependency name → version: the one installed where a lockfile says so (package-lock.json,
   * npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, composer.lock), else the range as written in
   * the nearest package.json or composer.json. The package's own name maps to its own version.
   */
  readonly dependencies: Readonly<Record<string, string>>;
  /** The lockfile the installed versions come from, for messages. */
  readonly lockfile?: string;
  /**
   * The package a relative specifier names when it points at the root of the package the file
   * belongs to (`require('..')` in `examples/`): its name, so it resolves like an import of it.
   */
  readonly selfReference?: (fromFile: string, specifier: string) => string | undefined;
  /**
   * Reads a relative module for value resolution (`import { options } from './config'`).
   * Absent for text that is not a file (ESLint on a virtual file name): imported values stay unknown.
   */
  readonly readModule?: (fromFile: string, specifier: string) => { fileName: string; text: string } | undefined;
  /**
   * Reads the file at a relative path exactly as written, without module probing: PHP's `include`
   * targets, a Laravel app's routes, controllers and kernel, composer.json. Read as text, never
   * executed. Absent where `readModule` is.
   */
  readonly readFile?: (fromFile: string, relativePath: string) => { fileName: string; text: string } | undefined;
  /**
   * The application around a file: the JS/TS sources of its package (the folder of its nearest
   * package.json), in the form `fromFile` has, with a reader for their text. The application model
   * (where apps and routers are mounted, which middleware runs before a route) is built from them
   * once per run; undefined when the package is too large or the face cannot list files.
   */
  readonly packageSources?: (fromFile: string) => PackageSources | undefined;
  /**
   * The PHP files of the application around a file (the folder of its nearest composer.json, else the
   * workspace), with a reader for their text: the questions a file cannot answer alone (which scripts
   * include a session configuration) are asked of them. Undefined when the application is too large or
   * the face cannot list files; every face lists them with the same loader, so they give the same answer.
   */
  readonly phpSources?: (fromFile: string) => PackageSources | undefined;
}

export interface PackageSources {
  /** The package folder, in the form of the file names. */
  readonly root: string;
  readonly files: readonly string[];
  readonly read: (fileName: string) => string | undefined;
}

export const EMPTY_PROJECT: ProjectContext = { dependencies: {} };

/**
 * The lowest version a range admits ("^0.6.0" → [0, 6, 0]); undefined when the range is not a
 * plain version (a git URL, a tag, "*"). Good enough to compare against a default's version.
 */
export function minimumVersion(range: string | undefined): [number, number, number] | undefined {
  if (!range) return undefined;
  const match = /(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/.exec(range.replace(/^npm:[^@]+@/, ''));
  if (!match || /^\s*(\*|latest|next)\s*$/.test(range)) return undefined;
  const part = (s: string | undefined): number => (s === undefined || s === 'x' || s === '*' ? 0 : Number(s));
  return [part(match[1]), part(match[2]), part(match[3])];
}

/** True when the project depends on `name` at a version ≥ `version` ("0.6.0"); undefined when it cannot tell. */
export function dependsOnAtLeast(project: ProjectContext, name: string, version: string): boolean | undefined {
  const have = minimumVersion(project.dependencies[name]);
  const want = minimumVersion(version);
  if (!have || !want) return undefined;
  for (let i = 0; i < 3; i++) {
    if (have[i]! !== want[i]!) return have[i]! > want[i]!;
  }
  return true;
}
