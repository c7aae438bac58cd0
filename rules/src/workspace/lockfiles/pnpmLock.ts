import { isRecord } from './npmLock';

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'];

/** Dependency name → the version field as written (`0.5.3_peer`, `0.7.0(express@4.21.2)`, `link:../x`). */
type WrittenVersions = ReadonlyMap<string, string>;

/** What a lockfile says each project installed: per `importers` folder, or the single project's own sections. */
interface LockedProjects {
  /** `importers` by folder (`.`, `packages/api`); undefined when the lockfile has none. */
  readonly importers?: ReadonlyMap<string, WrittenVersions>;
  /** The top-level `dependencies`/`devDependencies`/`optionalDependencies` of a lockfile without importers. */
  readonly root: WrittenVersions;
}

/**
 * pnpm-lock.yaml, read as YAML data. Lockfile 5.x lists a single project's `dependencies` as
 * `name: 0.5.3_peer`, 6.x as `name: { specifier, version }`; workspaces (and every 9.x lockfile)
 * list them per project under `importers`, keyed by the project's folder (`.`, `packages/api`).
 */
export function installedFromPnpmLock(text: string, packageDir: string): Map<string, string> {
  const found = new Map<string, string>();
  const projects = lockedProjects(text);
  if (!projects) return found;
  const written = projects.importers ? projects.importers.get(packageDir === '' ? '.' : packageDir) : packageDir === '' ? projects.root : undefined;
  for (const [name, value] of written ?? []) {
    const version = release(value);
    if (version) found.set(name, version);
  }
  return found;
}

/** `0.5.3(express@4.21.0)` and `0.5.3_express@4.21.0` → `0.5.3`; `link:../x` → undefined. */
function release(text: string): string | undefined {
  const match = /^(\d+\.\d+\.\d+[^(_\s]*)/.exec(text);
  return match?.[1];
}

/** Top-level sections that say which versions a project installed; `packages:`/`snapshots:` are most of the file. */
const WANTED_SECTIONS = new Set(['lockfileVersion', 'importers', ...DEPENDENCY_FIELDS]);
/** Lockfiles read, by text: a monorepo's packages all read the one lockfile at its root. */
const read = new Map<string, LockedProjects | undefined>();
const READ_KEPT = 4;

/**
 * The projects' own dependencies of a lockfile. pnpm writes block-style YAML whose top-level keys start
 * at column 0, so the document is cut into its top-level sections there, and only the wanted ones are
 * read. They are read from the syntax tree of `yaml`'s parser (its CST: tokens with their source), not
 * composed into data: composing a monorepo's `importers` (Keystone's 3,400 lines) took 0.3 s a lockfile,
 * the CST a fraction of that. A lockfile the CST reading does not expect (anchors, tags, aliases, flow
 * collections, several documents, duplicate keys in the maps it reads: pnpm writes none of them) is composed
 * as before. Unlike composing, the CST does not reject malformed YAML (a bad indent, an unclosed quote): the
 * versions such a file writes are read as written, where composing gave none.
 */
function lockedProjects(text: string): LockedProjects | undefined {
  if (read.has(text)) return read.get(text);
  const sections = wantedSections(text);
  let projects: LockedProjects | undefined;
  try {
    const fromTokens = projectsFromTokens(sections);
    projects = fromTokens === UNUSUAL ? projectsFromData(sections) : fromTokens;
  } catch {
    projects = undefined;
  }
  if (read.size >= READ_KEPT) read.delete(read.keys().next().value!);
  read.set(text, projects);
  return projects;
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

// Loaded on first use: most projects have no pnpm lockfile, and every worker thread loads this module.
function yamlLibrary(): typeof import('yaml') {
  return require('yaml') as typeof import('yaml');
}

/** The lockfile holds something the token reading below does not expect: it is composed instead. */
const UNUSUAL = Symbol('unusual');
type Unusual = typeof UNUSUAL;

/** A key open at some indentation while the lines below it are read. */
interface OpenKey {
  readonly indent: number;
  readonly key: string;
  /** It has a scalar value on its own line (so nothing may nest below it). */
  readonly scalar: boolean;
  /** The indentation of its first child key: every child of a block map starts at the same column. */
  childIndent?: number;
  readonly children: Set<string>;
}

/**
 * The projects' versions from `yaml`'s lexer tokens, one `key: value` line at a time, nesting decided by
 * indentation as YAML's block maps are. Only the shape pnpm writes is read: lines of a plain or quoted
 * key, `:`, an optional one-line scalar or `{}`, and a comment. Anything else (a flow collection, a sequence, an
 * anchor, alias or tag, a block or multi-line scalar, tabs, a key nested below a scalar, children at two
 * columns, a repeated key) is UNUSUAL.
 */
function projectsFromTokens(sections: string): LockedProjects | Unusual {
  const yaml = yamlLibrary();
  const importers = new Map<string, Map<string, string>>();
  const root = new Map<string, string>();
  let sawImporters = false;
  const record = (path: readonly string[], value: string): void => {
    // importers.<folder>.<field>.<name>[.version] or <field>.<name>[.version]
    const [head, ...rest] = path[0] === 'importers' ? [path[1], ...path.slice(2)] : [undefined, ...path];
    const [field, name, version] = rest;
    if (!DEPENDENCY_FIELDS.includes(field) || name === undefined || (version !== undefined && version !== 'version') || rest.length > 3) return;
    const target = head === undefined ? root : importers.get(head) ?? importers.set(head, new Map()).get(head)!;
    target.set(name, value);
  };
  const open: OpenKey[] = [];
  const top: OpenKey = { indent: -1, key: '', scalar: false, children: new Set() };
  let line: string[] = [];
  const endLine = (): Unusual | undefined => {
    const tokens = line;
    line = [];
    let i = 0;
    let indent = 0;
    if (tokens[i] !== undefined && yaml.CST.tokenType(tokens[i]) === 'space') {
      if (tokens[i].includes('\t')) return UNUSUAL;
      indent = tokens[i++].length;
    }
    if (i === tokens.length || yaml.CST.tokenType(tokens[i]) === 'comment') return i + 1 >= tokens.length ? undefined : UNUSUAL;
    const key = scalarAt(yaml, tokens, i);
    if (!key || tokens[key.next] !== ':') return UNUSUAL;
    i = key.next + 1;
    if (yaml.CST.tokenType(tokens[i] ?? '') === 'space') i++;
    // `{}`: pnpm's empty map (a project with no dependencies), nothing below it.
    const emptyMap = tokens[i] === '{' && tokens[i + 1] === '}';
    const value = !emptyMap && i < tokens.length && yaml.CST.tokenType(tokens[i]) !== 'comment' ? scalarAt(yaml, tokens, i) : undefined;
    if (!emptyMap && value === undefined && i < tokens.length && yaml.CST.tokenType(tokens[i]) !== 'comment') return UNUSUAL;
    if (value || emptyMap) {
      i = value ? value.next : i + 2;
      if (yaml.CST.tokenType(tokens[i] ?? '') === 'space') i++;
    }
    if (i < tokens.length && (yaml.CST.tokenType(tokens[i]) !== 'comment' || i + 1 < tokens.length)) return UNUSUAL;
    while (open.length > 0 && open[open.length - 1].indent >= indent) open.pop();
    const parent = open[open.length - 1] ?? top;
    if (parent.scalar || (parent.childIndent !== undefined && parent.childIndent !== indent) || parent.children.has(key.value)) return UNUSUAL;
    parent.childIndent = indent;
    parent.children.add(key.value);
    open.push({ indent, key: key.value, scalar: value !== undefined || emptyMap, children: new Set() });
    if (open.length === 2 && open[0].key === 'importers') sawImporters = true;
    if (value) record(open.map((o) => o.key), value.value);
    return undefined;
  };
  for (const token of new yaml.Lexer().lex(sections)) {
    if (token === '\u0002') continue; // the lexer's document-mode marker
    if (token === '\n' || token === '\r\n') {
      if (endLine() === UNUSUAL) return UNUSUAL;
    } else line.push(token);
  }
  if (endLine() === UNUSUAL) return UNUSUAL;
  if (!sawImporters) return { root };
  // A folder listed with no dependency sections is a project with none, as the composed data had it.
  return { importers, root };
}

/** A one-line scalar at tokens[i] (plain: the lexer's scalar marker, then its text; or quoted), resolved. */
function scalarAt(yaml: typeof import('yaml'), tokens: readonly string[], i: number): { value: string; next: number } | undefined {
  const marker = tokens[i] === yaml.CST.SCALAR;
  const source = marker ? tokens[i + 1] : tokens[i];
  if (source === undefined || source.includes('\n') || source.includes('\r')) return undefined;
  const type = marker ? 'scalar' : yaml.CST.tokenType(source);
  if (type !== 'scalar' && type !== 'single-quoted-scalar' && type !== 'double-quoted-scalar') return undefined;
  const resolved = yaml.CST.resolveAsScalar({ type, offset: 0, indent: 0, source });
  return resolved ? { value: resolved.value, next: i + (marker ? 2 : 1) } : undefined;
}

/** The lockfile composed as data by `yaml`, the reading the CST one stands in for. */
function projectsFromData(sections: string): LockedProjects | undefined {
  const data = yamlLibrary().parse(sections, { maxAliasCount: 100 }) as unknown;
  if (!isRecord(data)) return undefined;
  const importers = data['importers'];
  return {
    importers: isRecord(importers) ? new Map(Object.entries(importers).map(([folder, project]) => [folder, versionsOf(project)])) : undefined,
    root: versionsOf(data),
  };
}

function versionsOf(project: unknown): WrittenVersions {
  const versions = new Map<string, string>();
  if (!isRecord(project)) return versions;
  for (const field of DEPENDENCY_FIELDS) {
    const dependencies = project[field];
    if (!isRecord(dependencies)) continue;
    for (const [name, entry] of Object.entries(dependencies)) {
      const value = isRecord(entry) ? entry['version'] : entry;
      const text = typeof value === 'number' ? String(value) : value;
      if (typeof text === 'string') versions.set(name, text);
    }
  }
  return versions;
}
