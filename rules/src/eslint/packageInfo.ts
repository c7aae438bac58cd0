import * as fs from 'node:fs';
import * as path from 'node:path';

export interface PackageInfo {
  readonly name: string;
  readonly version: string;
}

/**
 * The package's own name and version, read once from its package.json (rules/dist/eslint → root),
 * so `plugin.meta.version` never drifts from the published version.
 */
export function readPackageInfo(): PackageInfo {
  const file = path.join(__dirname, '..', '..', '..', 'package.json');
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
  return {
    name: typeof parsed.name === 'string' ? parsed.name : 'sessionlint',
    version: typeof parsed.version === 'string' ? parsed.version : '0.0.0',
  };
}
