import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The file name the engine sees for a document URI. `file:` URIs become paths; other schemes
 * (`untitled:`, `vscode-notebook-cell:`) keep their path part, which is enough for the engine to
 * pick a language by extension and to tell test files apart.
 */
export function uriToFileName(uri: string): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      // A malformed file URI (a host on a platform without UNC paths): fall through to the path part.
    }
  }
  // Scheme, then an authority (`//host`) up to the next slash: found without a regex that would backtrack on a long URI.
  const scheme = /^[a-zA-Z][\w+.-]*:/.exec(uri);
  let rest = scheme ? uri.slice(scheme[0].length) : uri;
  if (scheme && rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    rest = slash === -1 ? '' : rest.slice(slash);
  }
  try {
    return decodeURIComponent(rest);
  } catch {
    // A stray `%` (`untitled:100%`) is not an escape: keep the text as it is rather than fail the request.
    return rest;
  }
}

/** True for URIs that name a file on disk, the only ones whose neighbours (package.json, imports) we can read. */
export function isFileUri(uri: string): boolean {
  return uri.startsWith('file:');
}

export function fileNameToUri(fileName: string): string {
  return pathToFileURL(path.resolve(fileName)).href;
}

/**
 * A canonical spelling of a file URI, so that `file:///c%3A/x` from VS Code and `file:///C:/x`
 * from another client key the same maps.
 */
export function normalizeUri(uri: string): string {
  return isFileUri(uri) ? fileNameToUri(uriToFileName(uri)) : uri;
}
