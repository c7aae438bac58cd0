import type { ESLint, Linter, Rule } from 'eslint';
import { allRules } from '../rules';
import { presetConfig } from './configs';
import { createEslintRule } from './createEslintRule';
import { readPackageInfo } from './packageInfo';

/** The plugin's namespace in configs: rules are `sessionlint/<id>`. */
const NAMESPACE = 'sessionlint';

interface SessionlintPlugin extends ESLint.Plugin {
  readonly meta: { name: string; version: string; namespace: string };
  readonly rules: Record<string, Rule.RuleModule>;
  readonly configs: { recommended: Linter.Config; strict: Linter.Config };
}

function buildPlugin(): SessionlintPlugin {
  const info = readPackageInfo();
  const rules: Record<string, Rule.RuleModule> = {};
  // Built from the generated registry: a new rule folder is a new ESLint rule, with nothing to list here.
  for (const rule of allRules) rules[rule.meta.id] = createEslintRule(rule);
  const configs = {} as SessionlintPlugin['configs'];
  const plugin: SessionlintPlugin = { meta: { name: `${info.name}/eslint-plugin`, version: info.version, namespace: NAMESPACE }, rules, configs };
  // The configs refer to the plugin object itself, as flat config expects.
  configs.recommended = presetConfig(plugin, allRules, 'recommended', NAMESPACE);
  configs.strict = presetConfig(plugin, allRules, 'strict', NAMESPACE);
  return plugin;
}

/**
 * `import sessionlint from 'sessionlint/eslint-plugin'` (ESM) and `require('sessionlint/eslint-plugin')`
 * (CJS) both get this object: `export =` compiles to `module.exports = plugin`.
 */
const plugin = buildPlugin();
export = plugin;
