import * as fs from 'node:fs';
import * as path from 'node:path';

/** Extensions tried, in order, for a specifier without one (`./config` → `./config.ts`, ...). */
export const PROBED_EXTENSIONS: readonly string[] = ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.jsx', '.mts', '.cts'];

/** TypeScript's ESM convention: `import './config.js'` means `config.ts` in the sources. */
const SOURCE_EXTENSIONS_OF: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

export function isRelativeSpecifier(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

/**
 * The file a relative import or require refers to, by Node's and TypeScript's probing rules
 * restricted to JS/TS sources: the exact file, the same name with a source extension, then
 * `<dir>/index.*`. Undefined for bare specifiers (packages) and for files that do not exist.
 */
export function resolveRelativeModule(fromFile: string, specifier: string): string | undefined {
  if (!isRelativeSpecifier(specifier)) return undefined;
  const target = path.resolve(path.dirname(fromFile), specifier);
  const extension = path.extname(target).toLowerCase();
  const candidates: string[] = [];
  if (PROBED_EXTENSIONS.includes(extension)) {
    candidates.push(target, ...(SOURCE_EXTENSIONS_OF[extension] ?? []).map((ext) => target.slice(0, -extension.length) + ext));
  } else {
    candidates.push(...PROBED_EXTENSIONS.map((ext) => target + ext));
  }
  candidates.push(...PROBED_EXTENSIONS.map((ext) => path.join(target, `index${ext}`)));
  return candidates.find(isFile);
}

function isFile(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isFile();
  } catch {
    return false;
  }
}
