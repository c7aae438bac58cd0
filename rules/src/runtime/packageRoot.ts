import * as fs from 'node:fs';
import * as path from 'node:path';

let cached: string | undefined;

/**
 * The directory of sessionlint's own package.json. The code runs from two layouts: tsc's output in
 * the repository (rules/dist/…, server/dist/…) and the published package, where everything is
 * bundled into dist/ (scripts/bundle.mjs). A path relative to `__dirname` is right in only one of
 * them, so files the package ships (package.json, the PHP grammar, rule READMEs) are found from the
 * nearest directory above this module that holds a package.json.
 */
export function packageRoot(): string {
  if (cached === undefined) {
    let directory = __dirname;
    while (!fs.existsSync(path.join(directory, 'package.json')) && path.dirname(directory) !== directory) directory = path.dirname(directory);
    cached = directory;
  }
  return cached;
}

/** sessionlint's package.json, read as data (never required: nothing in it runs). */
export function readOwnManifest(): { readonly name?: unknown; readonly version?: unknown } {
  const parsed: unknown = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8'));
  return typeof parsed === 'object' && parsed !== null ? parsed : {};
}
