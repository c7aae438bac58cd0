import * as path from 'node:path';

/** A path with forward slashes, the form globs, .gitignore rules and SARIF URIs use. */
export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/**
 * `child`'s path below `parent` with forward slashes (both absolute and normal, as a walk makes
 * them): a slice where `child` starts with `parent`, which a walk asks for every file; otherwise
 * `path.relative` (another drive or letter case on Windows, or not below at all: `../x`).
 */
export function relativePosix(parent: string, child: string): string {
  const prefixLength = parent.endsWith(path.sep) ? parent.length : parent.length + 1;
  if (child.length > prefixLength && child.startsWith(parent) && (prefixLength === parent.length || child[parent.length] === path.sep)) {
    return toPosix(child.slice(prefixLength));
  }
  return toPosix(path.relative(parent, child));
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
