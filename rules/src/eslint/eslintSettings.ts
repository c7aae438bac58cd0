import type { ProjectContext } from '../model/project';
import type { Settings } from '../model/settings';
import { isStandardName } from '../model/standards';

/**
 * What a user can set under `settings.sessionlint` in eslint.config.js:
 *   dependencies: { 'express-session': '^1.18.0' }  library versions, where defaults differ by version
 *   envDependent: 'report' | 'ignore'                report environment-dependent values, or not
 *   standard: 'asvs-l1' | 'asvs-l2' | 'asvs-l3'       the thresholds of a named standard (rule options still win)
 * For a file on disk the project is read from disk like the CLI reads it (package.json, lockfiles
 * and relative modules, as data; see diskProject.ts); versions stated here win over it, and are all
 * there is for text that is not a file.
 */
export interface EslintSessionlintSettings {
  /** Undefined: read the project from disk. */
  readonly project: ProjectContext | undefined;
  readonly engineSettings: Settings;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readSessionlintSettings(settings: Readonly<Record<string, unknown>> | undefined): EslintSessionlintSettings {
  const own = settings?.['sessionlint'];
  // ESLint semantics for test files: report as usual; users scope rules with `files` / `ignores`.
  const engineSettings: Settings = { testFiles: 'check' };
  if (!isRecord(own)) return { project: undefined, engineSettings };
  let project: ProjectContext | undefined;
  if (isRecord(own['dependencies'])) {
    const dependencies: Record<string, string> = {};
    for (const [name, version] of Object.entries(own['dependencies'])) if (typeof version === 'string') dependencies[name] = version;
    project = { dependencies };
  }
  const envDependent = own['envDependent'] === 'ignore' ? 'ignore' : 'report';
  const standard = isStandardName(own['standard']) ? { standard: own['standard'] } : {};
  return { project, engineSettings: { ...engineSettings, envDependent, ...standard } };
}
