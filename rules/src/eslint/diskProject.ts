import * as path from 'node:path';
import type { ProjectContext } from '../model/project';
import { isFile } from '../workspace/moduleResolution';
import { cachedProjectFromDisk } from './projectFromDisk';

/**
 * The project around a file ESLint lints from disk, as the CLI and the editor see it: installed
 * versions (lockfiles, else the nearest package.json / composer.json), relative imports read for
 * value resolution (`session(sessionOptions)` with the options in `./config/session.js`) and the
 * package's files for the application model. Everything is read as data; nothing is required or
 * executed. Versions stated in `settings.sessionlint.dependencies` win over what is on disk.
 * Text that is not a file on disk (`eslint --stdin` without a file name, `Linter#verify` on a
 * virtual name) gets the settings alone.
 */
export function projectFromDisk(physicalFilename: string, fromSettings: ProjectContext, cwd = path.dirname(physicalFilename)): ProjectContext {
  if (!path.isAbsolute(physicalFilename) || !isFile(physicalFilename)) return fromSettings;
  const onDisk = cachedProjectFromDisk(physicalFilename, cwd);
  if (!onDisk) return fromSettings;
  return { ...onDisk, dependencies: { ...onDisk.dependencies, ...fromSettings.dependencies } };
}
