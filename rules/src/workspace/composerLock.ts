import * as path from 'node:path';
import { readSourceFile } from './readText';

const MAX_LOCK_BYTES = 8 * 1024 * 1024;

/**
 * The installed versions composer.lock records beside a composer.json: `packages` and
 * `packages-dev`, by name, without the `v` of tags (`v11.9.2` → `11.9.2`). A range in composer.json
 * (`^10.0 || ^11.0`) says only the lowest version allowed; the lock says which one runs, so
 * defaults that changed between versions (Laravel 11's same_site 'lax') are read from it.
 * Read as JSON data; an unreadable or malformed lock gives nothing, and the ranges stand.
 */
export function lockedComposerVersions(composerJsonPath: string): Readonly<Record<string, string>> {
  const read = readSourceFile(path.join(path.dirname(composerJsonPath), 'composer.lock'), MAX_LOCK_BYTES);
  if (!read.ok) return {};
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch {
    return {};
  }
  const versions: Record<string, string> = {};
  if (typeof data !== 'object' || data === null) return versions;
  for (const field of ['packages', 'packages-dev']) {
    const packages = (data as Record<string, unknown>)[field];
    if (!Array.isArray(packages)) continue;
    for (const entry of packages as unknown[]) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { name, version } = entry as Record<string, unknown>;
      // Branches (dev-main, 11.x-dev) say no release: the composer.json range stands for them.
      if (typeof name === 'string' && typeof version === 'string' && /^v?\d+(\.\d+)*$/.test(version)) versions[name] = version.replace(/^v/, '');
    }
  }
  return versions;
}
