import type { RuleLevel } from './finding';
import type { StandardName } from './standards';

/** A rule's configuration: a level, or a level and options (the ESLint shape). */
export type RuleConfig = RuleLevel | readonly [RuleLevel, Readonly<Record<string, unknown>>?];

/**
 * The one options object shared by the CLI (`sessionlint.config.json`, `--rule`) and the
 * server (`sessionlint.*` settings). Everything is optional; defaults come from the preset.
 */
export interface Settings {
  /** Which preset gives the base levels. */
  readonly preset?: 'recommended' | 'strict';
  /** Per-rule overrides by id. */
  readonly rules?: Readonly<Record<string, RuleConfig>>;
  /** What to do with findings in test and fixture files. */
  readonly testFiles?: 'check' | 'downgrade' | 'ignore';
  /** Report values that depend on the environment (one level softer), or leave them alone. */
  readonly envDependent?: 'report' | 'ignore';
  /** A named standard whose thresholds (idle and absolute timeouts, token lifetimes) the rules use; none: each rule's default. */
  readonly standard?: StandardName;
}

export function ruleConfigLevel(config: RuleConfig | undefined): RuleLevel | undefined {
  if (config === undefined) return undefined;
  return typeof config === 'string' ? config : config[0];
}

export function ruleConfigOptions(config: RuleConfig | undefined): Readonly<Record<string, unknown>> | undefined {
  return config === undefined || typeof config === 'string' ? undefined : config[1];
}
