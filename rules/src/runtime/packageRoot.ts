import * as fs from 'node:fs';
import * as path from 'node:path';

let cached: string | undefined;

/**
 * The directory of sessionlint's own package.json. The code runs from two layouts: tsc's output in
 * the repository (rules/dist/…, server/dist/…) and the published package, where everything is
 * bundled into dist/ (scripts/bundle.mjs). A path relative to `__dirname` is right in only one of
 * them, so files the package ships (package.json, the PHP grammar, rule READMEs) are found from the
 * nearest directory above this module whose package.json is sessionlint's (the nearest package.json
 * at all when none is, as when a bundle is copied elsewhere).
 */
export function packageRoot(): string {
  if (cached === undefined) {
    let nearest: string | undefined;
    for (let directory = __dirname; ; directory = path.dirname(directory)) {
      const name = manifestName(directory);
      if (name !== undefined) nearest ??= directory;
      if (name === 'sessionlint') {
        cached = directory;
        break;
      }
      if (path.dirname(directory) === directory) {
        cached = nearest ?? __dirname;
        break;
      }
    }
  }
  return cached;
}

/** The `name` of a directory's package.json ('' when it has none), or undefined without a readable one. */
function manifestName(directory: string): string | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(directory, 'package.json'), 'utf8')) as { name?: unknown };
    return typeof manifest.name === 'string' ? manifest.name : '';
  } catch {
    return undefined;
  }
}

/** sessionlint's package.json, read as data (never required: nothing in it runs). */
export function readOwnManifest(): { readonly name?: unknown; readonly version?: unknown } {
  const parsed: unknown = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8'));
  return typeof parsed === 'object' && parsed !== null ? parsed : {};
}
