import type { Linter, Rule } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import plugin from '../../../../rules/dist/eslint';

export { plugin };

/** @typescript-eslint/parser as a flat-config parser (its types predate ESLint 10's). */
export const typescriptParser = tsParser as unknown as Linter.Parser;

/** The ESLint face of one engine rule, failing loudly when the plugin does not have it. */
export function eslintRule(id: string): Rule.RuleModule {
  const rule = plugin.rules[id];
  if (!rule) throw new Error(`the ESLint plugin has no rule '${id}'`);
  return rule;
}
