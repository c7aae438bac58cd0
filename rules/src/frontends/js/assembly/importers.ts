/**
 * The files of a package that may reach `target` through imports, found in their text: a file that
 * imports a module names it in its specifier (`./middleware/session-db`, `@/lib/session-db.js`, or
 * the folder of an `index` module), so the files whose text holds the name of `target` or of a file
 * already found, to a fixed point, are every file whose imports can lead there, and a few more (a
 * name is also a word of other code). Nothing is parsed. Used where one module's users are asked for
 * (where a session module is mounted) instead of parsing every file of the package that mounts
 * anything (Unleash: about 2 s for its session module). Files whose imports name no module file
 * (a bare `require('..')` or `'.'`, an alias that maps a whole name to one file) are not followed:
 * the caller reads those through {@link mayNameModulesIndirectly}.
 */
export function importersOf(target: string, files: readonly string[], read: (file: string) => string | undefined): Set<string> {
  const found = new Set<string>([target]);
  let names = new Set([moduleName(target)]);
  while (names.size > 0) {
    const next = new Set<string>();
    for (const file of files) {
      if (found.has(file)) continue;
      const text = read(file);
      if (text === undefined || ![...names].some((name) => text.includes(name))) continue;
      found.add(file);
      next.add(moduleName(file));
    }
    // A name already followed finds nothing new.
    for (const name of names) next.delete(name);
    names = next;
  }
  return found;
}

/**
 * A specifier that names a module without its file's name: the package itself (`require('..')`,
 * `import x from '.'`), whose entry point may be anything. A file that holds one is read as a full
 * scan would.
 */
export function mayNameModulesIndirectly(text: string): boolean {
  return /(?:require\s*\(\s*|from\s*|import\s*\(\s*)['"]\.{1,2}\/?['"]/.test(text);
}

/** The name an import of the file spells: its base name without extension, or its folder's for an `index` file. */
function moduleName(file: string): string {
  const parts = file.replace(/\\/g, '/').split('/');
  const base = (parts.pop() ?? file).replace(/\.[^.]*$/, '');
  return base === 'index' && parts.length > 0 ? parts.pop()! : base;
}
