import * as path from 'node:path';

/** A path with forward slashes, the form globs, .gitignore rules and SARIF URIs use. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** True when `child` is `parent` or lies below it (both absolute). */
export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The deepest directory that contains every one of the given absolute paths. */
export function commonAncestor(paths: readonly string[]): string {
  if (paths.length === 0) return process.cwd();
  let common = path.resolve(paths[0]!);
  for (const p of paths.slice(1)) {
    while (!isInside(common, path.resolve(p))) {
      const parent = path.dirname(common);
      if (parent === common) return common;
      common = parent;
    }
  }
  return common;
}
