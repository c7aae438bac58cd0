/**
 * yarn.lock, classic (v1) and berry (v2+), read as data. Both list entries as a header line of
 * descriptors (`passport@^0.5.0, passport@~0.5.2:` or `"passport@npm:^0.5.0":`) followed by
 * indented fields, one of which is the resolved `version "0.5.3"` (classic) or `version: 0.5.3`
 * (berry). A dependency's installed version is the entry its declared range names.
 */
export function installedFromYarnLock(text: string, declared: Readonly<Record<string, string>>): Map<string, string> {
  const byDescriptor = new Map<string, string>();
  const versionsOf = new Map<string, Set<string>>();
  let header: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      header = line.endsWith(':') ? descriptorsOf(line.slice(0, -1)) : [];
      continue;
    }
    const match = /^ {2}version:? "?([^"\s]+)"?\s*$/.exec(line);
    if (!match || header.length === 0) continue;
    for (const descriptor of header) {
      byDescriptor.set(descriptor, match[1]!);
      const name = nameOf(descriptor);
      if (!versionsOf.has(name)) versionsOf.set(name, new Set());
      versionsOf.get(name)!.add(match[1]!);
    }
    header = [];
  }
  const found = new Map<string, string>();
  for (const [name, range] of Object.entries(declared)) {
    const version = byDescriptor.get(`${name}@${range}`) ?? byDescriptor.get(`${name}@npm:${range}`);
    const only = versionsOf.get(name);
    if (version) found.set(name, version);
    // A range edited in package.json but not yet installed: one version of the package is still what is installed.
    else if (only?.size === 1) found.set(name, [...only][0]!);
  }
  return found;
}

/** `"a@^1", a@~1.2` → [`a@^1`, `a@~1.2`]. */
function descriptorsOf(header: string): string[] {
  return header.split(',').map((d) => d.trim().replace(/^"|"$/g, '')).filter((d) => d !== '');
}

/** `@scope/pkg@npm:^1` → `@scope/pkg`. */
function nameOf(descriptor: string): string {
  const at = descriptor.indexOf('@', 1);
  return at === -1 ? descriptor : descriptor.slice(0, at);
}
