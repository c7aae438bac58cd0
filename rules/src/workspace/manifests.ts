import type { WorkspaceProblem } from './problems';
import { installedVersions } from './lockfiles';
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
  readonly dependencies: Readonly<Record<string, string>>;
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
    const dependencies: Record<string, string> = {};
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
        for (const [dependency, version] of Object.entries(entries)) if (typeof version === 'string' && !(dependency in dependencies)) dependencies[dependency] = version;
      }
      if (typeof data['name'] === 'string') name = data['name'];
    }
    const installed = installedVersions(manifestPath, dependencies, (file) => this.readLockfile(file));
    for (const [dependency, version] of installed?.versions ?? []) dependencies[dependency] = version;
    // The package's own examples and tests use it at its own version (`require('..')`).
    if (name && typeof (data as Record<string, unknown>)['version'] === 'string') dependencies[name] ??= (data as Record<string, string>)['version']!;
    const manifest: ManifestData = { dependencies, ...(installed ? { lockfile: installed.lockfile } : {}), ...(name ? { name } : {}) };
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
