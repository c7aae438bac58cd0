import * as path from 'node:path';
import picomatch from 'picomatch';
import type { RuleConfig, Settings } from '../../rules/dist/model/settings';
import { CONFIG_FILE_NAME, loadConfig, type LoadedConfig } from '../../rules/dist/workspace/config';
import { isFileUri, uriToFileName } from './uri';

/**
 * The project's `sessionlint.config.json`, read as JSON data (never executed), so that the editor
 * reports what the CLI reports on the same files. Editor settings win where the user set them:
 * `sessionlint.rules` entries over the file's, `sessionlint.preset` / `envDependent` / `standard` when given.
 * The editor keeps its own test-file policy (downgrade), as the CLI keeps its own (skip).
 */
export function applyProjectConfig(
  editor: Settings,
  explicit: ReadonlySet<string>,
  config: Pick<LoadedConfig, 'settings'>,
): Settings {
  const rules: Record<string, RuleConfig> = { ...(config.settings.rules ?? {}), ...(editor.rules ?? {}) };
  return {
    ...editor,
    preset: explicit.has('preset') ? editor.preset : config.settings.preset ?? editor.preset,
    envDependent: explicit.has('envDependent') ? editor.envDependent : config.settings.envDependent ?? editor.envDependent,
    ...standardOf(explicit.has('standard') ? editor : config.settings),
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
  };
}

function standardOf(settings: Settings): Pick<Settings, 'standard'> {
  return settings.standard ? { standard: settings.standard } : {};
}

/** True when the config's `ignorePatterns` (relative to the config file) cover the file. */
export function ignoredByConfig(config: LoadedConfig, fileName: string): boolean {
  if (!config.file || config.ignorePatterns.length === 0) return false;
  const relative = path.relative(path.dirname(config.file), fileName).split(path.sep).join('/');
  if (relative.startsWith('..')) return false;
  return picomatch(config.ignorePatterns as string[], { dot: true })(relative);
}

/** Configs per directory, read once, dropped when a config file changes. */
export class ProjectConfigs {
  private readonly byDirectory = new Map<string, LoadedConfig>();

  constructor(private readonly onProblem: (message: string) => void) {}

  /** The config that applies to a document; none for documents that are not files. */
  forUri(uri: string): LoadedConfig | undefined {
    if (!isFileUri(uri)) return undefined;
    const directory = path.dirname(uriToFileName(uri));
    let config = this.byDirectory.get(directory);
    if (!config) {
      try {
        config = loadConfig({ searchFrom: directory });
        for (const warning of config.warnings) this.onProblem(warning);
      } catch (error) {
        this.onProblem(`${error instanceof Error ? error.message : String(error)}; the editor uses its own settings only.`);
        config = { settings: {}, ignorePatterns: [], warnings: [] };
      }
      this.byDirectory.set(directory, config);
    }
    return config;
  }

  /** A file changed on disk: true (and the cache cleared) when it is a config file. */
  fileChanged(fileName: string): boolean {
    if (path.basename(fileName) !== CONFIG_FILE_NAME) return false;
    this.byDirectory.clear();
    return true;
  }
}
