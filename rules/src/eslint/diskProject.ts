import * as path from 'node:path';
import type { ProjectContext } from '../model/project';
import { isFile } from '../workspace/moduleResolution';
import { ProjectLoader } from '../workspace/project';

/**
 * The project around a file ESLint lints from disk, as the CLI and the editor see it: dependencies
 * of the nearest package.json / composer.json, and relative imports read for value resolution
 * (`session(sessionOptions)` with the options in `./config/session.js`). Everything is read as data;
 * nothing is required or executed. Versions stated in `settings.sessionlint.dependencies` win over
 * the manifest's.
 *
 * A new loader per linted file: ESLint also runs inside editors for hours, and a file read once must
 * not go stale there. Only files that pass the prefilter get here, so the reads stay few.
 * Text that is not a file on disk (`eslint --stdin` without a file name, `Linter#verify` on a
 * virtual name) gets the settings alone.
 */
export function projectFromDisk(physicalFilename: string, fromSettings: ProjectContext): ProjectContext {
  if (!path.isAbsolute(physicalFilename) || !isFile(physicalFilename)) return fromSettings;
  const loader = new ProjectLoader({ baseDir: path.dirname(physicalFilename) });
  const onDisk = loader.contextFor(physicalFilename);
  return {
    dependencies: { ...onDisk.dependencies, ...fromSettings.dependencies },
    ...(onDisk.readModule ? { readModule: onDisk.readModule } : {}),
  };
}
