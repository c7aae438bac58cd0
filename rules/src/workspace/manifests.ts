import type { WorkspaceProblem } from './problems';
import { installedVersions, type InstalledVersions } from './lockfiles';
import { isFile } from './moduleResolution';
import { readSourceFile } from './readText';

const MAX_MANIFEST_BYTES = 1024 * 1024;

/** Lockfiles of real monorepos reach tens of megabytes; beyond this the declared ranges are used. */
const MAX_LOCKFILE_BYTES = 64 * 1024 * 1024;

/** The manifests the dependencies come from, and which of their fields list dependencies. */
export const MANIFESTS: readonly { readonly file: string; readonly fields: readonly string[] }[] = [
  { file: 'package.json', fields: ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] },
  { file: 'composer.json', fields: ['require', 'require-dev'] },
];

/** What one manifest says: its dependencies (installed versions where a lockfile has them) and its own name. */
export interface ManifestData {
  /**
   * Dependency name → version. The names are the declared ones; a version is the lockfile's where it
   * has one, else the range as written. The lockfile is read when a version is first asked for (see
   * {@link versionsOnDemand}): asking whether a package is a dependency never reads it.
   */
  readonly dependencies: Readonly<Record<string, string>>;
  /** The lockfile the installed versions come from; reading it reads the lockfile too. */
  readonly lockfile?: string;
  readonly name?: string;
}

/**
 * Reads package.json / composer.json manifests and the lockfiles that pin their dependencies, as
 * data (nothing is required or executed), each once until forgotten.
 */
export class ManifestReader {
  private readonly manifests = new Map<string, ManifestData>();
  private readonly lockfiles = new Map<string, string | null>();

  constructor(
    private readonly options: {
      readonly onProblem?: (problem: WorkspaceProblem) => void;
      readonly onRead?: (absolute: string) => void;
    },
  ) {}

  /** Forgets every manifest, and one lockfile (every lockfile without one). */
  forget(lockfile?: string): void {
    this.manifests.clear();
    if (lockfile === undefined) this.lockfiles.clear();
    else this.lockfiles.delete(lockfile);
  }

  read(manifestPath: string, fields: readonly string[]): ManifestData {
    const cached = this.manifests.get(manifestPath);
    if (cached) return cached;
    const declared: Record<string, string> = {};
    const read = readSourceFile(manifestPath, MAX_MANIFEST_BYTES);
    let data: unknown;
    try {
      if (!read.ok) throw new Error(read.message);
      data = JSON.parse(read.text);
    } catch (error) {
      this.options.onProblem?.({ kind: 'invalid-manifest', path: manifestPath, message: `${manifestPath}: not usable as JSON (${error instanceof Error ? error.message : String(error)}); dependencies unknown` });
    }
    let name: string | undefined;
    if (isRecord(data)) {
      for (const field of fields) {
        const entries = data[field];
        if (!isRecord(entries)) continue;
        for (const [dependency, version] of Object.entries(entries)) if (typeof version === 'string' && !(dependency in declared)) declared[dependency] = version;
      }
      if (typeof data['name'] === 'string') name = data['name'];
    }
    // Parsing a monorepo's lockfile costs up to a few hundred ms, and most runs ask for no version
    // at all (only whether a package is a dependency): it is read when a version is first asked for.
    let installed: InstalledVersions | undefined | null = null;
    const lookUp = (): InstalledVersions | undefined => {
      if (installed === null) installed = installedVersions(manifestPath, declared, (file) => this.readLockfile(file));
      return installed;
    };
    const dependencies = versionsOnDemand(declared, (dependency) => lookUp()?.versions.get(dependency));
    // The package's own examples and tests use it at its own version (`require('..')`).
    const ownVersion = isRecord(data) ? data['version'] : undefined;
    if (name && typeof ownVersion === 'string' && !(name in dependencies)) dependencies[name] = ownVersion;
    const manifest: ManifestData = {
      dependencies,
      get lockfile(): string | undefined {
        return lookUp()?.lockfile;
      },
      ...(name ? { name } : {}),
    };
    this.manifests.set(manifestPath, manifest);
    this.options.onRead?.(manifestPath);
    return manifest;
  }

  private readLockfile(fileName: string): string | undefined {
    let text = this.lockfiles.get(fileName);
    if (text === undefined) {
      const read = isFile(fileName) ? readSourceFile(fileName, MAX_LOCKFILE_BYTES) : undefined;
      text = read?.ok ? read.text : null;
      this.lockfiles.set(fileName, text);
      this.options.onRead?.(fileName);
    }
    return text ?? undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The declared dependencies as a record whose values are looked up when read: each name is an own,
 * enumerable property (so `in`, `Object.keys` and spreading see the declared names), whose value is
 * the installed version `installed` gives, else the range as declared. Copy it into another record with
 * {@link copyVersionsOnDemand}: `Object.assign` would read every value.
 */
export function versionsOnDemand(declared: Readonly<Record<string, string>>, installed: (name: string) => string | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [name, range] of Object.entries(declared)) {
    Object.defineProperty(record, name, { get: () => installed(name) ?? range, enumerable: true, configurable: true });
  }
  return record;
}

/** Copies dependencies into `target` as `Object.assign` would (later names win), without reading their versions. */
export function copyVersionsOnDemand(target: Record<string, string>, source: Readonly<Record<string, string>>): void {
  Object.defineProperties(target, Object.getOwnPropertyDescriptors(source));
}
