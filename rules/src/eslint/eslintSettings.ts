import { EMPTY_PROJECT, type ProjectContext } from '../model/project';
import type { Settings } from '../model/settings';

/**
 * What a user can set under `settings.sessionlint` in eslint.config.js:
 *   dependencies: { 'express-session': '^1.18.0' }  library versions, where defaults differ by version
 *   envDependent: 'report' | 'ignore'                report environment-dependent values, or not
 * For a file on disk the nearest package.json is read too (see diskProject.ts); versions stated
 * here win over it, and are all there is for text that is not a file.
 */
export interface EslintSessionlintSettings {
  readonly project: ProjectContext;
  readonly engineSettings: Settings;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readSessionlintSettings(settings: Readonly<Record<string, unknown>> | undefined): EslintSessionlintSettings {
  const own = settings?.['sessionlint'];
  // ESLint semantics for test files: report as usual; users scope rules with `files` / `ignores`.
  const engineSettings: Settings = { testFiles: 'check' };
  if (!isRecord(own)) return { project: EMPTY_PROJECT, engineSettings };
  const dependencies: Record<string, string> = {};
  if (isRecord(own['dependencies'])) {
    for (const [name, version] of Object.entries(own['dependencies'])) if (typeof version === 'string') dependencies[name] = version;
  }
  const envDependent = own['envDependent'] === 'ignore' ? 'ignore' : 'report';
  return { project: { dependencies }, engineSettings: { ...engineSettings, envDependent } };
}
