import { Linter } from 'eslint';
import { plugin, typescriptParser } from './plugin';

/** Every JS/TS flavour the engine reads. */
export const JS_TS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx', '**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

/** Files ESLint reads with espree or @typescript-eslint/parser (not .vue, which needs vue-eslint-parser). */
export function isEslintLintable(fileName: string): boolean {
  return /\.(js|mjs|cjs|jsx|ts|tsx|mts|cts)$/i.test(fileName);
}

export type ParserName = 'typescript-eslint' | 'espree';

export interface LintSetup {
  readonly parser: ParserName;
  readonly preset: 'recommended' | 'strict';
  /** `settings.sessionlint` (dependency versions, envDependent). */
  readonly sessionlint?: Readonly<Record<string, unknown>>;
}

/** A flat config as a user would write it: a parser for JS/TS files, one sessionlint preset, sessionlint settings. */
export function flatConfig(setup: LintSetup): Linter.Config[] {
  const languageOptions: Linter.LanguageOptions =
    setup.parser === 'espree'
      ? { ecmaVersion: 'latest', parserOptions: { ecmaFeatures: { jsx: true } } }
      : { ecmaVersion: 'latest', parser: typescriptParser, parserOptions: { ecmaFeatures: { jsx: true } } };
  return [
    { files: JS_TS_FILES, languageOptions },
    plugin.configs[setup.preset],
    { settings: { sessionlint: setup.sessionlint ?? {} } },
  ];
}

/** Lints text as the given absolute file under `cwd`, the way ESLint's CLI would. */
export function lintText(text: string, fileName: string, setup: LintSetup, cwd = '/project'): Linter.LintMessage[] {
  return new Linter({ cwd }).verify(text, flatConfig(setup), fileName);
}

/** Applies one ESLint fix (a single merged replacement) to a text. */
export function applyEslintFix(text: string, fix: { range: [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}
