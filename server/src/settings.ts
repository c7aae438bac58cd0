import type { RuleConfig, Settings } from '../../rules/dist/model/settings';
import type { RuleLevel } from '../../rules/dist/model/finding';
import { DEFAULT_MAX_FILE_BYTES } from '../../rules/dist/model/limits';
import { isStandardName } from '../../rules/dist/model/standards';
import { applyProjectConfig, ignoredByConfig, type ProjectConfigs } from './projectConfig';
import { uriToFileName } from './uri';

/** `sessionlint.*` as the server uses it: whether and when to run, and the engine's own settings. */
export interface ServerSettings {
  readonly enable: boolean;
  readonly run: 'onType' | 'onSave';
  readonly engine: Settings;
  /** `sessionlint.maxFileSize`: documents over this many UTF-8 bytes are not analysed (one log line); 0: no limit. */
  readonly maxFileBytes: number;
  /** `sessionlint.timeBudget` (ms): a document whose analysis takes longer is analysed on save only from then on; 0: off. */
  readonly timeBudgetMs: number;
  /** `sessionlint.validate`: the VS Code language ids of documents to analyse; `undefined`: every language sessionlint reads. */
  readonly validate: readonly string[] | undefined;
  /** `sessionlint.quiet`: show error-level findings only (ESLint's `--quiet`). */
  readonly quiet: boolean;
  /** `sessionlint.codeAction.*.enable`: which code actions besides the fixes are offered. */
  readonly codeActions: CodeActionSettings;
}

export interface CodeActionSettings {
  /** "Disable <rule> for this line". */
  readonly disableRuleComment: boolean;
  /** "Show documentation for <rule>". */
  readonly showDocumentation: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  run: 'onType',
  // The editor reports findings in tests one level softer by default; the CLI skips them.
  engine: { preset: 'recommended', testFiles: 'downgrade', envDependent: 'report' },
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  // Analysing as you type must not lag: a document slower than this waits for saves.
  timeBudgetMs: 2000,
  validate: undefined,
  quiet: false,
  codeActions: { disableRuleComment: true, showDocumentation: true },
};

/** Whether `sessionlint.validate` lets a document of this language id be analysed (a file with no language id, from a workspace scan, always is). */
export function validatesLanguage(settings: ServerSettings, languageId: string): boolean {
  return settings.validate === undefined || languageId === '' || settings.validate.includes(languageId);
}

/** A whole number of at least 0 (bytes, milliseconds), or the fallback. */
function budget(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : fallback;
}

const LEVELS: readonly RuleLevel[] = ['off', 'info', 'warn', 'error'];

/** `sessionlint.standard`: 'none' (the default) leaves each rule's own thresholds. */
function standardSetting(value: unknown): Pick<Settings, 'standard'> {
  return isStandardName(value) ? { standard: value } : {};
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function ruleConfig(value: unknown): RuleConfig | undefined {
  // "warning" is what ESLint users type; accept it as "warn".
  const level = (v: unknown): RuleLevel | undefined => (v === 'warning' ? 'warn' : LEVELS.includes(v as RuleLevel) ? (v as RuleLevel) : undefined);
  if (typeof value === 'string') return level(value);
  if (Array.isArray(value) && value.length >= 1) {
    const first = level(value[0]);
    if (!first) return undefined;
    const options = value[1];
    return options && typeof options === 'object' && !Array.isArray(options) ? [first, options as Record<string, unknown>] : [first];
  }
  return undefined;
}

/** `sessionlint.validate`: an array of language ids, else every language. */
function languages(value: unknown, problems: string[]): readonly string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value) && value.every((v): v is string => typeof v === 'string')) return value;
  problems.push('sessionlint.validate: expected an array of language ids; every language is analysed');
  return undefined;
}

/** `sessionlint.codeAction`: `{ disableRuleComment: { enable }, showDocumentation: { enable } }`, as VS Code nests dotted setting names. */
function codeActionSettings(value: unknown): CodeActionSettings {
  const enabled = (name: keyof CodeActionSettings): boolean => {
    const section = value && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
    const enable = section && typeof section === 'object' ? (section as Record<string, unknown>)['enable'] : undefined;
    return typeof enable === 'boolean' ? enable : DEFAULT_SETTINGS.codeActions[name];
  };
  return { disableRuleComment: enabled('disableRuleComment'), showDocumentation: enabled('showDocumentation') };
}

/**
 * Turns whatever the client sent for `sessionlint` into settings. Unknown or mistyped values fall
 * back to the defaults instead of failing, so a typo in settings.json never silences the linter;
 * `problems` lists what was ignored, for the log.
 */
export function normalizeSettings(raw: unknown): { settings: ServerSettings; problems: string[] } {
  const problems: string[] = [];
  if (!raw || typeof raw !== 'object') return { settings: DEFAULT_SETTINGS, problems };
  const input = raw as Record<string, unknown>;
  const defaults = DEFAULT_SETTINGS.engine;
  const rules: Record<string, RuleConfig> = {};
  const rawRules = input['rules'];
  if (rawRules && typeof rawRules === 'object' && !Array.isArray(rawRules)) {
    for (const [id, value] of Object.entries(rawRules as Record<string, unknown>)) {
      const config = ruleConfig(value);
      if (config === undefined) problems.push(`sessionlint.rules.${id}: expected off, info, warn, error or [level, options]; ignored`);
      else rules[id] = config;
    }
  }
  const engine: Settings = {
    preset: oneOf(input['preset'], ['recommended', 'strict'] as const, defaults.preset!),
    testFiles: oneOf(input['testFiles'], ['check', 'downgrade', 'ignore'] as const, defaults.testFiles!),
    envDependent: oneOf(input['envDependent'], ['report', 'ignore'] as const, defaults.envDependent!),
    ...standardSetting(input['standard']),
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
  };
  return {
    settings: {
      enable: typeof input['enable'] === 'boolean' ? input['enable'] : DEFAULT_SETTINGS.enable,
      run: oneOf(input['run'], ['onType', 'onSave'] as const, DEFAULT_SETTINGS.run),
      engine,
      maxFileBytes: budget(input['maxFileSize'], DEFAULT_SETTINGS.maxFileBytes),
      timeBudgetMs: budget(input['timeBudget'], DEFAULT_SETTINGS.timeBudgetMs),
      validate: languages(input['validate'], problems),
      quiet: typeof input['quiet'] === 'boolean' ? input['quiet'] : DEFAULT_SETTINGS.quiet,
      codeActions: codeActionSettings(input['codeAction']),
    },
    problems,
  };
}

/** Reads the raw `sessionlint` section for a resource; `undefined` resource means the global settings. */
export type SettingsSource = (resource: string | undefined) => Promise<unknown>;

/**
 * Settings per resource URI, fetched once and cached until the configuration changes. A change
 * clears the whole cache and bumps `generation`, which keys cached analyses.
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<ServerSettings>>();
  private currentGeneration = 0;

  constructor(
    private readonly source: SettingsSource,
    private readonly onProblem: (message: string) => void,
    private readonly projectConfigs?: ProjectConfigs,
  ) {}

  get generation(): number {
    return this.currentGeneration;
  }

  get(resource: string): Promise<ServerSettings> {
    let settings = this.cache.get(resource);
    if (!settings) {
      settings = this.fetch(resource);
      this.cache.set(resource, settings);
    }
    return settings;
  }

  /** Drops one resource (its document closed). */
  delete(resource: string): void {
    this.cache.delete(resource);
  }

  clear(): void {
    this.cache.clear();
    this.currentGeneration++;
  }

  private async fetch(resource: string): Promise<ServerSettings> {
    let raw: unknown;
    try {
      raw = await this.source(resource);
    } catch (error) {
      this.onProblem(`Could not read settings for ${resource}: ${error instanceof Error ? error.message : String(error)}; using defaults.`);
      return DEFAULT_SETTINGS;
    }
    const { settings, problems } = normalizeSettings(raw);
    for (const problem of problems) this.onProblem(problem);
    const config = this.projectConfigs?.forUri(resource);
    if (!config?.file) return settings;
    if (ignoredByConfig(config, uriToFileName(resource))) return { ...settings, enable: false };
    // VS Code sends every setting with its default filled in: a value equal to the default was not chosen.
    const defaults = DEFAULT_SETTINGS.engine;
    const explicit = new Set<string>();
    if (settings.engine.preset !== defaults.preset) explicit.add('preset');
    if (settings.engine.envDependent !== defaults.envDependent) explicit.add('envDependent');
    if (settings.engine.standard !== undefined) explicit.add('standard');
    return { ...settings, engine: applyProjectConfig(settings.engine, explicit, config) };
  }
}
