import * as path from 'node:path';
import type { ProjectContext } from '../../rules/dist/model/project';
import { isInside, ProjectLoader } from '../../rules/dist/workspace';

/**
 * The files whose change on disk can change an open document's findings, watched through the
 * client (`workspace/didChangeWatchedFiles`): manifests and lockfiles (dependency versions),
 * tsconfig/jsconfig (path aliases), sessionlint.config.json, the JS/TS sources of the module graph
 * and the application model, PHP files (includes, Laravel routes, controllers and middleware) and
 * YAML (Symfony's security and framework config, Drupal's services.yml).
 */
export const WATCHED_FILES: readonly string[] = [
  '**/package.json',
  '**/{package-lock.json,npm-shrinkwrap.json,yarn.lock,pnpm-lock.yaml}',
  '**/composer.{json,lock}',
  '**/{tsconfig,jsconfig}*.json',
  '**/sessionlint.config.json',
  '**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx}',
  '**/*.php',
  '**/*.{yaml,yml}',
];

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
      phpSources: (fromFile) => loader.phpSources(fromFile, this.openText),
    };
  }

  /**
   * The manifests, lockfiles and tsconfig.json / jsconfig.json a file's project facts come from, or
   * would come from if created: its analysis depends on them as on the modules it reads.
   */
  projectFilesOf(fileName: string, roots: readonly string[]): string[] {
    return path.isAbsolute(fileName) ? this.loaderFor(fileName, roots).projectFilesOf(fileName) : [];
  }

  /**
   * A file changed on disk or in the editor: forget what was read from it (modules, manifests,
   * lockfiles, path aliases, the package listing). Which open documents must be analysed again is
   * the analyzer's answer: those whose last analysis read the file (see `Analyzer.fileChanged`).
   */
  fileChanged(fileName: string): void {
    for (const loader of this.loaders.values()) loader.invalidate(fileName);
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
