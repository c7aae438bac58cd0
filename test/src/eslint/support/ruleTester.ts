import { RuleTester } from 'eslint';
import { eslintRule, typescriptParser } from './plugin';

/**
 * ESLint's own RuleTester (it registers its cases with mocha's describe/it) with
 * @typescript-eslint/parser. Cases name a `.ts` or `.js` file so the parser picks the dialect.
 */
export const ruleTester = new RuleTester({
  languageOptions: { parser: typescriptParser, ecmaVersion: 'latest', sourceType: 'module' },
});

/** A RuleTester on ESLint's default parser (espree), for plain `.js` cases. */
export const espreeRuleTester = new RuleTester({
  languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
});

type Cases = Parameters<RuleTester['run']>[2];

/** Runs a rule's cases on both parsers: the same findings are expected from either AST. */
export function runOnBothParsers(id: string, cases: Cases): void {
  ruleTester.run(`${id} (@typescript-eslint/parser)`, eslintRule(id), cases);
  const jsOnly: Cases = {
    valid: cases.valid.filter((c) => typeof c === 'string' || !/\.(ts|tsx|mts|cts)$/.test(c.filename ?? '')),
    invalid: cases.invalid.filter((c) => !/\.(ts|tsx|mts|cts)$/.test(c.filename ?? '')),
  };
  espreeRuleTester.run(`${id} (espree)`, eslintRule(id), jsOnly);
}
