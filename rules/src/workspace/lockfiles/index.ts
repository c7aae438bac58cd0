import * as path from 'node:path';
import { toPosix } from '../paths';
import { installedFromComposerLock } from './composerLock';
import { installedFromNpmLock, isRecord, parsedNpmLock } from './npmLock';
import { installedFromPnpmLock } from './pnpmLock';
import { installedFromYarnLock } from './yarnLock';

/** The lockfiles of each manifest, nearest first; npm-shrinkwrap.json wins over package-lock.json as npm does. */
const LOCKFILES: Readonly<Record<string, readonly string[]>> = {
  'package.json': ['npm-shrinkwrap.json', 'package-lock.json', 'pnpm-lock.yaml', 'yarn.lock'],
  'composer.json': ['composer.lock'],
};

export const LOCKFILE_NAMES: ReadonlySet<string> = new Set(Object.values(LOCKFILES).flat());

/** Reads a file as text (undefined when it does not exist or cannot be used); the loader's cache. */
export type ReadData = (fileName: string) => string | undefined;

export interface InstalledVersions {
  /** Dependency name → the version the lockfile installs. */
  readonly versions: ReadonlyMap<string, string>;
  /** The lockfile they come from. */
  readonly lockfile: string;
}

/**
 * The installed versions of a manifest's declared dependencies, from the nearest lockfile at or
 * above the manifest's folder (a workspace member shares its monorepo root's lockfile). Undefined
 * when there is no lockfile, or the one found does not cover this package.
 */
export function installedVersions(manifestPath: string, declared: Readonly<Record<string, string>>, read: ReadData): InstalledVersions | undefined {
  const names = LOCKFILES[path.basename(manifestPath)];
  if (!names) return undefined;
  const packageFolder = path.dirname(manifestPath);
  for (let folder = packageFolder; ; folder = path.dirname(folder)) {
    for (const name of names) {
      const lockfile = path.join(folder, name);
      const text = read(lockfile);
      if (text === undefined) continue;
      const packageDir = toPosix(path.relative(folder, packageFolder));
      const versions = versionsFrom(name, text, packageDir, declared);
      return versions ? { versions, lockfile } : undefined;
    }
    if (path.dirname(folder) === folder) return undefined;
  }
}

function versionsFrom(lockName: string, text: string, packageDir: string, declared: Readonly<Record<string, string>>): Map<string, string> | undefined {
  const names = Object.keys(declared);
  switch (lockName) {
    case 'composer.lock':
      return packageDir === '' ? installedFromComposerLock(text, names) : undefined;
    case 'pnpm-lock.yaml':
      return installedFromPnpmLock(text, packageDir);
    case 'yarn.lock':
      return installedFromYarnLock(text, declared);
    default:
      return packageDir === '' || coversWorkspace(text, packageDir) ? installedFromNpmLock(text, packageDir, names) : undefined;
  }
}

/** An npm lockfile above a package covers it only when the package is one of its workspaces. */
function coversWorkspace(text: string, packageDir: string): boolean {
  const data = parsedNpmLock(text);
  return isRecord(data) && isRecord(data['packages']) && isRecord(data['packages'][packageDir]);
}
