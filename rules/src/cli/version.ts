import { readOwnManifest } from '../runtime/packageRoot';

let cached: string | undefined;

/** sessionlint's own version, from its package.json. */
export function toolVersion(): string {
  if (cached === undefined) {
    try {
      const { version } = readOwnManifest();
      cached = typeof version === 'string' ? version : '0.0.0';
    } catch {
      cached = '0.0.0';
    }
  }
  return cached;
}
