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
 * The files a relative import or require may refer to, in the order Node's and TypeScript's probing
 * rules (restricted to JS/TS sources) try them: the exact file, the same name with a source
 * extension, then `<dir>/index.*`. Empty for bare specifiers (packages).
 */
export function moduleCandidates(fromFile: string, specifier: string): string[] {
  if (!isRelativeSpecifier(specifier)) return [];
  const target = path.resolve(path.dirname(fromFile), specifier);
  const extension = path.extname(target).toLowerCase();
  const candidates: string[] = [];
  // A PHP class file named exactly (the PHP frontend follows a logout into the service class it calls).
  if (extension === '.php') return [target];
  if (PROBED_EXTENSIONS.includes(extension)) {
    candidates.push(target, ...(SOURCE_EXTENSIONS_OF[extension] ?? []).map((ext) => target.slice(0, -extension.length) + ext));
  } else {
    candidates.push(...PROBED_EXTENSIONS.map((ext) => target + ext));
  }
  candidates.push(...PROBED_EXTENSIONS.map((ext) => path.join(target, `index${ext}`)));
  return candidates;
}

/**
 * The file a relative import or require refers to (the first of {@link moduleCandidates} that
 * exists); undefined for packages and missing files. The editor counts its open documents as
 * existing too (`exists`), so an import of a file created but not yet saved resolves.
 */
export function resolveRelativeModule(fromFile: string, specifier: string, exists: (fileName: string) => boolean = isFile): string | undefined {
  return moduleCandidates(fromFile, specifier).find(exists);
}

/** True for an existing regular file (not a directory, FIFO or broken link). */
export function isFile(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isFile();
  } catch {
    return false;
  }
}
