import * as path from 'node:path';
import type { LanguageKind } from '../../../../rules/dist/frontends/frontend';
import { frontendFor } from '../../../../rules/dist/frontends/registry';
import { languageOf } from '../../../../rules/dist/language';
import type { Settings } from '../../../../rules/dist/model/settings';
import { allRules } from '../../../../rules/dist/rules';
import { loadFixtures, type Fixture } from '../../support/fixtures';
import { RULES_SOURCE } from '../../support/paths';

/**
 * The inputs the robustness tests start from: every rule fixture of every language that has a
 * frontend (so a frontend that lands later is covered without touching these tests).
 */

/** Every rule on, at error: the fuzzing must reach every rule, not only a preset's. */
export const ALL_RULES_ON: Settings = {
  preset: 'strict',
  testFiles: 'check',
  envDependent: 'report',
  rules: Object.fromEntries(allRules.map((rule) => [rule.meta.id, 'error'])),
};

/** A file name per language, to run one language's text through another's frontend. */
export const FILE_NAME_OF: Readonly<Record<LanguageKind, readonly string[]>> = {
  js: ['/project/src/app.js', '/project/src/server.ts', '/project/src/view.tsx', '/project/src/App.vue', '/project/src/config.mjs'],
  php: ['/project/public/index.php'],
  ini: ['/project/php.ini', '/project/conf.d/session.ini'],
  htaccess: ['/project/public/.htaccess'],
  yaml: ['/project/config/packages/framework.yaml'],
};

export interface CorpusEntry {
  readonly fixture: Fixture;
  readonly language: LanguageKind;
  /** The fixture's path relative to rules/src/rules, for messages. */
  readonly name: string;
}

let cached: CorpusEntry[] | undefined;

/** The fixtures whose language has a frontend today, in a stable order. */
export function corpus(): readonly CorpusEntry[] {
  if (!cached) {
    cached = [];
    for (const fixture of loadFixtures()) {
      const language = languageOf(fixture.virtualFileName);
      if (!language || !frontendFor(language)) continue;
      const name = path.relative(RULES_SOURCE, fixture.path).split(path.sep).join('/');
      cached.push({ fixture, language, name });
    }
  }
  return cached;
}

/** The languages that have a frontend and at least one fixture. */
export function corpusLanguages(): LanguageKind[] {
  return [...new Set(corpus().map((entry) => entry.language))].sort();
}
