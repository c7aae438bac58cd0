import { isRecord } from './npmLock';

/** composer.lock, read as data: `packages` and `packages-dev`, each `{ name, version: 'v11.2.0' }`. */
export function installedFromComposerLock(text: string, names: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return found;
  }
  if (!isRecord(data)) return found;
  const wanted = new Set(names);
  for (const field of ['packages', 'packages-dev']) {
    const list = data[field];
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      if (!isRecord(entry)) continue;
      const { name, version } = entry;
      // Branch installs (`dev-main`) say nothing about a release: left to the declared range.
      if (typeof name === 'string' && typeof version === 'string' && wanted.has(name) && /^v?\d/.test(version)) found.set(name, version.replace(/^v/, ''));
    }
  }
  return found;
}
