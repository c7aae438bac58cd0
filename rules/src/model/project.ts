/**
 * What the engine knows about the project around a file. Built by the faces from package.json /
 * composer.json (as data, never executed): the CLI, the server, and the ESLint plugin for files on disk.
 */
export interface ProjectContext {
  /** Dependency name → version range as written in the nearest package.json or composer.json. */
  readonly dependencies: Readonly<Record<string, string>>;
  /**
   * Reads a relative module for value resolution (`import { options } from './config'`).
   * Absent for text that is not a file (ESLint on a virtual file name): imported values stay unknown.
   */
  readonly readModule?: (fromFile: string, specifier: string) => { fileName: string; text: string } | undefined;
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
