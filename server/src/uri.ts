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
  const match = /^[a-zA-Z][\w+.-]*:(?:\/\/[^/]*)?(.*)$/.exec(uri);
  return decodeURIComponent(match?.[1] ?? uri);
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
