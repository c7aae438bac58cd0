import * as path from 'node:path';
import type { ProjectContext } from '../../rules/dist/model/project';
import { isInside, ProjectLoader } from '../../rules/dist/workspace';
import { LOCKFILE_NAMES } from '../../rules/dist/workspace/lockfiles';

/** Files whose change can change every open document's dependencies: manifests and their lockfiles. */
const MANIFESTS = new Set(['package.json', 'composer.json', ...LOCKFILE_NAMES]);

export function isManifest(fileName: string): boolean {
  return MANIFESTS.has(path.basename(fileName));
}

/** Text of a file the editor has open (unsaved changes win over the disk). */
export type OpenText = (fileName: string) => string | undefined;

/**
 * Project facts per workspace folder (dependency versions from the nearest package.json /
 * composer.json, and `readModule` for relative imports), read by the loader the CLI uses, so
 * both faces see the same project. Imports of files open in the editor read their unsaved text.
 */
export class ProjectFacts {
  private readonly loaders = new Map<string, ProjectLoader>();
  private currentGeneration = 0;

  constructor(
    private readonly openText: OpenText,
    private readonly onProblem: (message: string) => void,
  ) {}

  /** Changes whenever cached facts are dropped; keys cached analyses. */
  get generation(): number {
    return this.currentGeneration;
  }

  /** The project around a file; `roots` are the workspace folders (files outside them share one loader). */
  contextFor(fileName: string, roots: readonly string[]): ProjectContext {
    if (!path.isAbsolute(fileName)) return { dependencies: {} };
    const loader = this.loaderFor(fileName, roots);
    const { dependencies, lockfile, selfReference } = loader.contextFor(fileName);
    return {
      dependencies,
      ...(lockfile ? { lockfile } : {}),
      ...(selfReference ? { selfReference } : {}),
      readModule: (fromFile, specifier) => loader.readModule(fromFile, specifier, this.openText),
      readFile: (fromFile, relativePath) => loader.readFile(fromFile, relativePath, this.openText),
      packageSources: (fromFile) => loader.packageSources(fromFile, this.openText),
    };
  }

  /**
   * A file changed on disk or in the editor: forget what was read from it. A manifest change
   * bumps the generation, so open documents are analysed again with the new dependency versions.
   */
  fileChanged(fileName: string): boolean {
    for (const loader of this.loaders.values()) loader.invalidate(fileName);
    if (!isManifest(fileName)) return false;
    this.currentGeneration++;
    return true;
  }

  /** The workspace folders changed: start afresh. */
  reset(): void {
    this.loaders.clear();
    this.currentGeneration++;
  }

  private loaderFor(fileName: string, roots: readonly string[]): ProjectLoader {
    const root = roots.filter((r) => isInside(r, fileName)).sort((a, b) => b.length - a.length)[0] ?? path.parse(fileName).root;
    let loader = this.loaders.get(root);
    if (!loader) {
      loader = new ProjectLoader({ baseDir: root, onProblem: (problem) => this.onProblem(problem.message) });
      this.loaders.set(root, loader);
    }
    return loader;
  }
}
