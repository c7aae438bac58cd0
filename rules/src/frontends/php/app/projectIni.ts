import type { ProjectContext } from '../../../model/project';
import { scanHtaccess } from '../../ini/htaccess';
import { scanIni } from '../../ini/iniScanner';

/** Files of the project that set PHP's ini for the scripts of their folder and below. */
const INI_FILES = ['.user.ini', 'php.ini', '.htaccess'];
/** Folders climbed from a script when its path does not say where the project starts (an absolute name). */
const MAX_CLIMB = 3;

/**
 * `session.cookie_samesite` as the project's own .user.ini, php.ini or .htaccess (`php_value`) in
 * the script's folder or one above sets it, lower-cased, with the file that sets it. PHP reads a
 * .user.ini of the script's folder and its parents up to the document root, Apache the .htaccess of
 * each folder down to the script; a php.ini beside the code is what the repository ships for its
 * server. Never climbs above the analysed workspace. Undefined when none sets it.
 */
export function projectIniSameSite(project: ProjectContext, scriptFile: string): { readonly value: string; readonly fileName: string } | undefined {
  if (!project.readFile) return undefined;
  const normalised = scriptFile.replace(/\\/g, '/');
  const levels = normalised.startsWith('/') || /^[a-z]:\//i.test(normalised) ? MAX_CLIMB : normalised.split('/').length - 1;
  for (let level = 0; level <= levels; level++) {
    const prefix = '../'.repeat(level);
    for (const name of INI_FILES) {
      const read = project.readFile(scriptFile, `${prefix}${name}`);
      const value = read ? sameSiteIn(name, read.text) : undefined;
      if (read && value !== undefined) return { value, fileName: read.fileName };
    }
  }
  return undefined;
}

function sameSiteIn(name: string, text: string): string | undefined {
  if (name === '.htaccess') return scanHtaccess(text).directives.find((d) => d.key.toLowerCase() === 'session.cookie_samesite')?.value.toLowerCase();
  return scanIni(text).entries.find((e) => e.key.toLowerCase() === 'session.cookie_samesite')?.value.toLowerCase();
}
