import { readOwnManifest } from '../runtime/packageRoot';

export interface PackageInfo {
  readonly name: string;
  readonly version: string;
}

/**
 * The package's own name and version, read once from its package.json,
 * so `plugin.meta.version` never drifts from the published version.
 */
export function readPackageInfo(): PackageInfo {
  const parsed = readOwnManifest();
  return {
    name: typeof parsed.name === 'string' ? parsed.name : 'sessionlint',
    version: typeof parsed.version === 'string' ? parsed.version : '0.0.0',
  };
}
