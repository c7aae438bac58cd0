import type { ProjectContext } from '../../../model/project';
import { INCLUDE_TYPES } from '../fileContext';
import { phpParser } from '../grammar';
import { includedPath } from './includes';
import { withParsedFile } from './parsedFiles';

/**
 * How far back the index follows includes: script → header.php → lib/session.php → config.php, the
 * depth a script's own includes are followed forward (includes.ts, scriptIncludes.ts).
 */
const MAX_INCLUDE_DEPTH = 3;
/** Files of the listing larger than this are not read for their includes (generated code, dumps). */
const MAX_INCLUDER_CHARS = 512 * 1024;
/** How many files' include paths a process keeps; the least recently used go first. */
const MAX_ENTRIES = 4096;

/** The paths a file's include statements name, as written, per file text (no tree kept). */
const includePaths = new Map<string, { readonly text: string; readonly paths: readonly string[] }>();

/**
 * The PHP files of the application that include `fileName`, directly or through other included files
 * (up to {@link MAX_INCLUDE_DEPTH} files back), nearest first: the reverse of a script's includes.
 * Read from the project's PHP listing as data: a file is parsed only when its text names the file
 * name of one already found, and each include is resolved with the same reader a script's own
 * includes are read with, so the two directions agree. Undefined when the face cannot list the
 * application's files (text with no folder, an application too large to list).
 */
export function includersOf(project: ProjectContext, fileName: string): string[] | undefined {
  const sources = project.phpSources?.(fileName);
  if (!sources || !project.readFile || !phpParser.loaded) return undefined;
  const found = new Set<string>([fileName]);
  const includers: string[] = [];
  let targets = [fileName];
  for (let depth = 0; depth < MAX_INCLUDE_DEPTH && targets.length > 0; depth++) {
    const names = new Set(targets.map(baseName));
    const next: string[] = [];
    for (const candidate of sources.files) {
      if (found.has(candidate)) continue;
      const text = sources.read(candidate);
      if (text === undefined || text.length > MAX_INCLUDER_CHARS || ![...names].some((name) => text.toLowerCase().includes(name))) continue;
      const includes = pathsIncludedBy(candidate, text, project);
      if (!includes.some((included) => targets.includes(project.readFile!(candidate, included)?.fileName ?? ''))) continue;
      found.add(candidate);
      next.push(candidate);
    }
    includers.push(...next);
    targets = next;
  }
  return includers;
}

function baseName(fileName: string): string {
  return (fileName.replace(/\\/g, '/').split('/').pop() ?? fileName).toLowerCase();
}

function pathsIncludedBy(fileName: string, text: string, project: ProjectContext): readonly string[] {
  const cached = includePaths.get(fileName);
  if (cached && cached.text === text) return cached.paths;
  const paths = withParsedFile(text, fileName, project, (file) => file.nodesOfTypes(INCLUDE_TYPES).map((node) => includedPath(node, file.constants)).filter((p): p is string => p !== undefined));
  includePaths.delete(fileName);
  includePaths.set(fileName, { text, paths });
  if (includePaths.size > MAX_ENTRIES) includePaths.delete(includePaths.keys().next().value!);
  return paths;
}
