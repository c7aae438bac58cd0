import * as path from 'node:path';
import type { RuleLevel } from '../model/finding';
import type { RuleConfig, Settings } from '../model/settings';
import { STANDARDS, type StandardName } from '../model/standards';
import { isFile } from './moduleResolution';
import { readSourceFile } from './readText';

export const CONFIG_FILE_NAME = 'sessionlint.config.json';
/** Config files other tools would execute; sessionlint never does, and says so. */
const SCRIPT_CONFIG_NAMES: readonly string[] = ['sessionlint.config.js', 'sessionlint.config.mjs', 'sessionlint.config.cjs', 'sessionlint.config.ts'];

export const LEVELS: readonly string[] = ['off', 'info', 'warn', 'error'];
export const PRESETS: readonly string[] = ['recommended', 'strict'];
export const TEST_FILE_POLICIES: readonly string[] = ['check', 'downgrade', 'ignore'];
export const ENV_POLICIES: readonly string[] = ['report', 'ignore'];
/** `none`: each rule's own defaults (what no `standard` key means too). */
export const STANDARD_CHOICES: readonly string[] = ['none', ...STANDARDS];
const KNOWN_KEYS: readonly string[] = ['$schema', 'preset', 'standard', 'rules', 'testFiles', 'envDependent', 'ignorePatterns'];

/** The contents of a `sessionlint.config.json`: {@link Settings} plus globs of files to skip. */
export interface ProjectConfig {
  readonly settings: Settings;
  /** picomatch globs, relative to the config file's directory. */
  readonly ignorePatterns: readonly string[];
  /** Things that are not wrong enough to stop (a rule id this version does not know). */
  readonly warnings: readonly string[];
}

export interface LoadedConfig extends ProjectConfig {
  /** The JSON file read, if any (absolute). */
  readonly file?: string;
}

/** A config file that cannot be used: the CLI exits with a usage error. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface LoadConfigOptions {
  /** An explicit config file (`--config`): read as JSON whatever its name. */
  readonly configFile?: string;
  /** Where the search for `sessionlint.config.json` starts, going upwards. Default: cwd. */
  readonly searchFrom?: string;
  /** Rule ids this version knows; others get a warning. */
  readonly knownRuleIds?: readonly string[];
}

/**
 * Finds and reads the config: `configFile` if given, else the first directory from `searchFrom`
 * upwards holding `sessionlint.config.json` (or a script config, which is never executed: it gets
 * a warning saying only JSON is read). No config is not an error: settings are then empty.
 */
export function loadConfig(options: LoadConfigOptions = {}): LoadedConfig {
  if (options.configFile !== undefined) {
    const file = path.resolve(options.configFile);
    return { file, ...readConfigFile(file, options.knownRuleIds) };
  }
  for (let dir = path.resolve(options.searchFrom ?? process.cwd()); ; dir = path.dirname(dir)) {
    const json = path.join(dir, CONFIG_FILE_NAME);
    const scripts = SCRIPT_CONFIG_NAMES.filter((name) => isFile(path.join(dir, name)));
    const scriptWarnings = scripts.map(
      (name) => `${path.join(dir, name)} was not read: sessionlint never executes configuration code; only ${CONFIG_FILE_NAME} (JSON) is read.`,
    );
    if (isFile(json)) {
      const config = readConfigFile(json, options.knownRuleIds);
      return { file: json, ...config, warnings: [...scriptWarnings, ...config.warnings] };
    }
    if (scripts.length > 0) return { settings: {}, ignorePatterns: [], warnings: scriptWarnings };
    if (path.dirname(dir) === dir) return { settings: {}, ignorePatterns: [], warnings: [] };
  }
}

function readConfigFile(file: string, knownRuleIds: readonly string[] | undefined): ProjectConfig {
  const read = readSourceFile(file, 1024 * 1024);
  if (!read.ok) throw new ConfigError(`${file}: ${read.message}`);
  return parseConfig(read.text, file, knownRuleIds);
}

/** Parses and checks a config's JSON text. Throws {@link ConfigError} with a message naming the problem. */
export function parseConfig(text: string, fileName: string, knownRuleIds?: readonly string[]): ProjectConfig {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const script = /\.(c|m)?[jt]s$/i.test(fileName) ? ' sessionlint reads configuration as JSON only and never executes it.' : '';
    throw new ConfigError(`${fileName}: not valid JSON (${error instanceof Error ? error.message : String(error)}).${script}`);
  }
  const fail = (message: string): never => {
    throw new ConfigError(`${fileName}: ${message}`);
  };
  if (!isRecord(data)) return fail('the configuration must be a JSON object.');
  for (const key of Object.keys(data)) {
    if (!KNOWN_KEYS.includes(key)) fail(`unknown key '${key}' (known keys: ${KNOWN_KEYS.slice(1).join(', ')}).`);
  }
  const warnings: string[] = [];
  const settings: { -readonly [K in keyof Settings]: Settings[K] } = {};
  if (data.preset !== undefined) settings.preset = oneOf(data.preset, PRESETS, 'preset', fail) as Settings['preset'];
  if (data.standard !== undefined) {
    const standard = oneOf(data.standard, STANDARD_CHOICES, 'standard', fail);
    if (standard !== 'none') settings.standard = standard as StandardName;
  }
  if (data.testFiles !== undefined) settings.testFiles = oneOf(data.testFiles, TEST_FILE_POLICIES, 'testFiles', fail) as Settings['testFiles'];
  if (data.envDependent !== undefined) settings.envDependent = oneOf(data.envDependent, ENV_POLICIES, 'envDependent', fail) as Settings['envDependent'];
  if (data.rules !== undefined) {
    if (!isRecord(data.rules)) fail("'rules' must be an object of rule id → level or [level, options].");
    const rules: Record<string, RuleConfig> = {};
    for (const [id, value] of Object.entries(data.rules as Record<string, unknown>)) {
      rules[id] = ruleConfig(value, id, fail);
      if (knownRuleIds && !knownRuleIds.includes(id)) warnings.push(`${fileName}: unknown rule '${id}' is ignored.`);
    }
    settings.rules = rules;
  }
  let ignorePatterns: string[] = [];
  if (data.ignorePatterns !== undefined) {
    if (!Array.isArray(data.ignorePatterns) || !data.ignorePatterns.every((p): p is string => typeof p === 'string')) {
      fail("'ignorePatterns' must be an array of glob strings.");
    }
    ignorePatterns = data.ignorePatterns as string[];
  }
  return { settings, ignorePatterns, warnings };
}

function ruleConfig(value: unknown, id: string, fail: (message: string) => never): RuleConfig {
  if (typeof value === 'string') return oneOf(value, LEVELS, `rules.${id}`, fail) as RuleConfig;
  if (Array.isArray(value) && (value.length === 1 || value.length === 2)) {
    const level = oneOf(value[0], LEVELS, `rules.${id}[0]`, fail) as RuleLevel;
    if (value.length === 1) return [level];
    if (!isRecord(value[1])) fail(`rules.${id}[1] must be an object of rule options.`);
    return [level, value[1] as Record<string, unknown>];
  }
  return fail(`rules.${id} must be one of ${LEVELS.join(', ')} or [level, options].`);
}

function oneOf(value: unknown, allowed: readonly string[], key: string, fail: (message: string) => never): string {
  if (typeof value !== 'string' || !allowed.includes(value)) fail(`${key} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, not ${JSON.stringify(value)}.`);
  return value as string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
