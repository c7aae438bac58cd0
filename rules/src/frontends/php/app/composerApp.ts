import type { ProjectContext } from '../../../model/project';

/** Folders climbed from a file to find its application's composer.json (app/Http/Controllers/Auth/X.php is 4 deep). */
const MAX_CLIMB = 7;

/** A PHP application's root: the folder of its composer.json, read as data. */
export interface ComposerApp {
  /** composer.json's file name (in the form of the analysed file's name); other files are read relative to it. */
  readonly manifest: string;
  readonly requires: ReadonlySet<string>;
  /** PSR-4 autoload roots: namespace prefix (with a trailing `\`) → folder relative to the root. */
  readonly psr4: readonly { readonly prefix: string; readonly folder: string }[];
  /** `relativePath` from the root, or undefined when it is not there or cannot be read. */
  read(relativePath: string): { fileName: string; text: string } | undefined;
  /** The file a class is autoloaded from (PSR-4), relative to the root. */
  classFile(qualifiedName: string): string | undefined;
}

/** The composer.json nearest above a file, as a {@link ComposerApp}; undefined without one or without a reader. */
export function composerAppOf(project: ProjectContext, fileName: string): ComposerApp | undefined {
  const readFile = project.readFile;
  if (!readFile) return undefined;
  for (let up = 0; up <= MAX_CLIMB; up++) {
    const manifest = readFile(fileName, `${up === 0 ? './' : '../'.repeat(up)}composer.json`);
    if (manifest) return parseManifest(manifest.fileName, manifest.text, (relativePath) => readFile(manifest.fileName, relativePath));
  }
  return undefined;
}

function parseManifest(manifest: string, text: string, read: ComposerApp['read']): ComposerApp | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  const root = record(data);
  const requires = new Set([...Object.keys(record(root['require'])), ...Object.keys(record(root['require-dev']))]);
  const psr4: { prefix: string; folder: string }[] = [];
  for (const [prefix, folders] of Object.entries(record(record(root['autoload'])['psr-4']))) {
    for (const folder of Array.isArray(folders) ? folders : [folders]) {
      if (typeof folder === 'string') psr4.push({ prefix, folder: folder.replace(/\/?$/, '/') });
    }
  }
  // The longest prefix decides, as Composer's autoloader does.
  psr4.sort((a, b) => b.prefix.length - a.prefix.length);
  // `"classmap": ["app/controllers"]` (Laravel 4): Composer scans the folders; a class is looked for
  // in the file named after it, the convention those apps follow.
  const classmap = (Array.isArray(record(root['autoload'])['classmap']) ? (record(root['autoload'])['classmap'] as unknown[]) : []).filter((f): f is string => typeof f === 'string' && !f.endsWith('.php'));
  const readRelative = (relativePath: string): { fileName: string; text: string } | undefined => read(`./${relativePath.replace(/^\.\//, '')}`);
  return {
    manifest,
    requires,
    psr4,
    read: readRelative,
    classFile(qualifiedName) {
      const entry = psr4.find((e) => qualifiedName.startsWith(e.prefix));
      if (entry) return `${entry.folder}${qualifiedName.slice(entry.prefix.length).replace(/\\/g, '/')}.php`;
      // Classmap classes live in the global namespace.
      if (qualifiedName.replace(/^\\/, '').includes('\\')) return undefined;
      return classmap.map((folder) => `${folder.replace(/\/?$/, '/')}${qualifiedName.replace(/^\\/, '')}.php`).find((path) => readRelative(path) !== undefined);
    },
  };
}
