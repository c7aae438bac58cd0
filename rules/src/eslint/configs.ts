import type { ESLint, Linter } from 'eslint';
import type { RuleLevel } from '../model/finding';
import type { AnyRule } from '../model/rule';

export type PresetName = 'recommended' | 'strict';

/** ESLint has no info level: info findings show as warnings. */
function eslintLevel(level: Exclude<RuleLevel, 'off'>): Linter.RuleSeverity {
  return level === 'error' ? 'error' : 'warn';
}

/** The rule levels of one preset, by ESLint rule name (`sessionlint/<id>`); rules the preset turns off are left out. */
export function presetRules(rules: readonly AnyRule[], preset: PresetName, prefix: string): Linter.RulesRecord {
  const levels: Linter.RulesRecord = {};
  for (const rule of rules) {
    const level = rule.meta.presets[preset];
    if (level === 'off') continue;
    const options = rule.meta.presetOptions?.[preset];
    levels[`${prefix}/${rule.meta.id}`] = options ? [eslintLevel(level), options] : eslintLevel(level);
  }
  return levels;
}

/** A flat config object that registers the plugin and turns on one preset's rules. */
export function presetConfig(plugin: ESLint.Plugin, rules: readonly AnyRule[], preset: PresetName, prefix: string): Linter.Config {
  return { name: `${prefix}/${preset}`, plugins: { [prefix]: plugin }, rules: presetRules(rules, preset, prefix) };
}
