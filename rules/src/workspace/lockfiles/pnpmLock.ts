import { isRecord } from './npmLock';

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'];

/**
 * pnpm-lock.yaml, read as YAML data. Lockfile 5.x lists a single project's `dependencies` as
 * `name: 0.5.3_peer`, 6.x as `name: { specifier, version }`; workspaces (and every 9.x lockfile)
 * list them per project under `importers`, keyed by the project's folder (`.`, `packages/api`).
 */
export function installedFromPnpmLock(text: string, packageDir: string): Map<string, string> {
  const found = new Map<string, string>();
  let data: unknown;
  try {
    // Loaded on first use: most projects have no pnpm lockfile, and every worker thread loads this module.
    const { parse } = require('yaml') as typeof import('yaml');
    data = parse(text, { maxAliasCount: 100 });
  } catch {
    return found;
  }
  if (!isRecord(data)) return found;
  const importers = data['importers'];
  const project = isRecord(importers) ? importers[packageDir === '' ? '.' : packageDir] : packageDir === '' ? data : undefined;
  if (!isRecord(project)) return found;
  for (const field of DEPENDENCY_FIELDS) {
    const dependencies = project[field];
    if (!isRecord(dependencies)) continue;
    for (const [name, entry] of Object.entries(dependencies)) {
      const version = release(isRecord(entry) ? entry['version'] : entry);
      if (version) found.set(name, version);
    }
  }
  return found;
}

/** `0.5.3(express@4.21.0)` and `0.5.3_express@4.21.0` → `0.5.3`; `link:../x` → undefined. */
function release(value: unknown): string | undefined {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string') return undefined;
  const match = /^(\d+\.\d+\.\d+[^(_\s]*)/.exec(text);
  return match?.[1];
}
