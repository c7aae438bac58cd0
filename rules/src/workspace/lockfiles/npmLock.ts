/**
 * package-lock.json and npm-shrinkwrap.json, read as data. Lockfile v2 and v3 list every installed
 * package under `packages` by its folder (`node_modules/passport`,
 * `packages/api/node_modules/passport`); v1 nests `dependencies` by name. The version a package
 * directory gets is the one Node's lookup finds: its own `node_modules`, then each parent's.
 */
export function installedFromNpmLock(text: string, packageDir: string, names: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  const data = parsedNpmLock(text);
  if (!isRecord(data)) return found;
  const packages = data['packages'];
  if (isRecord(packages)) {
    for (const name of names) {
      for (const folder of lookupFolders(packageDir)) {
        const entry = packages[`${folder}node_modules/${name}`];
        const version = isRecord(entry) ? entry['version'] : undefined;
        if (typeof version === 'string') {
          found.set(name, version);
          break;
        }
      }
    }
    return found;
  }
  // v1: only the root package's tree is recorded (no workspaces).
  const dependencies = data['dependencies'];
  if (packageDir === '' && isRecord(dependencies)) {
    for (const name of names) {
      const entry = dependencies[name];
      const version = isRecord(entry) ? entry['version'] : undefined;
      if (typeof version === 'string' && !version.includes(':')) found.set(name, version);
    }
  }
  return found;
}

/** `packages/api` → `packages/api/`, `packages/`, `` (each with a trailing slash, root last). */
function lookupFolders(packageDir: string): string[] {
  const parts = packageDir.split('/').filter((p) => p !== '');
  const folders: string[] = [];
  for (let i = parts.length; i >= 0; i--) folders.push(parts.slice(0, i).map((p) => `${p}/`).join(''));
  return folders;
}

/**
 * The last lockfile parsed, by text: the packages of a workspace read the one at its root one after
 * the other, and ask it twice (does it cover me? my versions?). One only: a parsed 5 MB lockfile is
 * tens of MB of objects.
 */
const parsed = new Map<string, unknown>();
const PARSED_KEPT = 1;

/** The lockfile's JSON data; undefined when it is not JSON. */
export function parsedNpmLock(text: string): unknown {
  if (parsed.has(text)) return parsed.get(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (parsed.size >= PARSED_KEPT) parsed.delete(parsed.keys().next().value!);
  parsed.set(text, data);
  return data;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
