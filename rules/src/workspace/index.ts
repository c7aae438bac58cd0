/**
 * Workspace access shared by the CLI and the language server. Everything here reads files as
 * data; nothing from a workspace is ever required or executed.
 *
 * - {@link walkFiles}: the files below some directories, .gitignore (nested too) respected,
 *   node_modules/.git skipped, unreadable directories and symlink loops reported, not thrown.
 * - {@link ProjectLoader}: per-file {@link ProjectContext} (dependencies of the nearest
 *   package.json / composer.json, `readModule` for relative imports), cached; `invalidate` on change.
 * - {@link loadConfig} / {@link parseConfig}: `sessionlint.config.json` → Settings + ignorePatterns.
 * - {@link readSourceFile}: a file as text, with size cap, binary detection, BOM and UTF-8 checks.
 */
export { walkFiles, type WalkOptions, type WalkResult } from './walk';
export { ProjectLoader, MAX_MODULE_BYTES, type ProjectLoaderOptions } from './project';
export { moduleCandidates, resolveRelativeModule, PROBED_EXTENSIONS } from './moduleResolution';
export { loadConfig, parseConfig, ConfigError, CONFIG_FILE_NAME, type LoadedConfig, type LoadConfigOptions, type ProjectConfig } from './config';
export { readSourceFile, encodeSource, MAX_SOURCE_BYTES, type SourceRead } from './readText';
export { isTestFile } from '../testFiles';
export { GitignoreRules, ALWAYS_SKIPPED_DIRECTORIES } from './gitignore';
export { toPosix, isInside, commonAncestor } from './paths';
export type { WorkspaceProblem } from './problems';
