import { isRecord } from './npmLock';

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'];

/**
 * pnpm-lock.yaml, read as YAML data. Lockfile 5.x lists a single project's `dependencies` as
 * `name: 0.5.3_peer`, 6.x as `name: { specifier, version }`; workspaces (and every 9.x lockfile)
 * list them per project under `importers`, keyed by the project's folder (`.`, `packages/api`).
 */
export function installedFromPnpmLock(text: string, packageDir: string): Map<string, string> {
  const found = new Map<string, string>();
  const data = parsedLockfile(text);
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

/** Top-level sections that say which versions a project installed; `packages:`/`snapshots:` are most of the file. */
const WANTED_SECTIONS = new Set(['lockfileVersion', 'importers', ...DEPENDENCY_FIELDS]);
/** Parsed lockfiles by text: a monorepo's packages all read the one lockfile at its root. */
const parsed = new Map<string, unknown>();
const PARSED_KEPT = 4;

/**
 * The lockfile as data, with only the sections that hold the projects' own dependencies. pnpm writes
 * block-style YAML whose top-level keys start at column 0, so the document is cut into its top-level
 * sections there and the YAML parser reads the wanted ones: a 10 MB lockfile of a monorepo took a
 * second to parse whole, once per package.
 */
function parsedLockfile(text: string): unknown {
  if (parsed.has(text)) return parsed.get(text);
  let data: unknown;
  try {
    // Loaded on first use: most projects have no pnpm lockfile, and every worker thread loads this module.
    const { parse } = require('yaml') as typeof import('yaml');
    data = parse(wantedSections(text), { maxAliasCount: 100 });
  } catch {
    data = undefined;
  }
  if (parsed.size >= PARSED_KEPT) parsed.delete(parsed.keys().next().value!);
  parsed.set(text, data);
  return data;
}

function wantedSections(text: string): string {
  const kept: string[] = [];
  let keep = false;
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const line = end === -1 ? text.slice(start) : text.slice(start, end + 1);
    start = end === -1 ? text.length : end + 1;
    const first = line.charCodeAt(0);
    // A line that starts a top-level key (not indented, not a comment, not a continuation).
    if (first !== 32 && first !== 9 && first !== 35 && first !== 10 && first !== 13 && line.trim() !== '') {
      const colon = line.indexOf(':');
      keep = colon > 0 && WANTED_SECTIONS.has(line.slice(0, colon).replace(/^['"]|['"]$/g, ''));
    }
    if (keep) kept.push(line);
  }
  return kept.join('');
}
