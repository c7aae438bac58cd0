import type { Node } from 'web-tree-sitter';
import type { PackageSources, ProjectContext } from '../../../model/project';
import type { PhpFile } from '../fileContext';
import { namedChildren } from '../syntax';

/** Files of a listing larger than this are not read for their class headers (generated code, dumps). */
const MAX_IMPLEMENTER_CHARS = 512 * 1024;
/** More implementations than this and the call is left unknown: a plugin API, not an app's few adapters. */
export const MAX_IMPLEMENTATIONS = 12;

/** Per listing: the files whose text names each interface after `implements` or `extends`. */
const candidatesByListing = new WeakMap<PackageSources, Map<string, readonly string[]>>();

/**
 * The files of the application that may declare a class implementing (or extending) `typeName`: their
 * text has `implements`/`extends` and the short name as a word. Read as data from the project's PHP
 * listing, once per listing and type; a file is parsed later only if it is one of these. Undefined when
 * the face cannot list the application's files, or when more than {@link MAX_IMPLEMENTATIONS} match.
 */
export function implementerFiles(project: ProjectContext, fromFile: string, typeName: string): readonly string[] | undefined {
  const sources = project.phpSources?.(fromFile);
  if (!sources) return undefined;
  let byType = candidatesByListing.get(sources);
  if (!byType) candidatesByListing.set(sources, (byType = new Map()));
  let files = byType.get(typeName);
  if (!files) {
    const found: string[] = [];
    for (const candidate of sources.files) {
      const text = sources.read(candidate);
      if (text === undefined || text.length > MAX_IMPLEMENTER_CHARS || !text.includes(typeName)) continue;
      if (namesInHeader(text, typeName)) found.push(candidate);
    }
    files = found;
    byType.set(typeName, files);
  }
  return files.length <= MAX_IMPLEMENTATIONS ? files : undefined;
}

/** `class X implements A, B` or `extends A` naming the type as a whole word, by plain string tests (no parse yet). */
function namesInHeader(text: string, typeName: string): boolean {
  for (const keyword of ['implements', 'extends']) {
    let at = text.indexOf(keyword);
    while (at >= 0) {
      const brace = text.indexOf('{', at);
      const header = text.slice(at + keyword.length, Math.min(brace < 0 ? text.length : brace, at + 300));
      if (header.split(/[\s,\\]+/).includes(typeName)) return true;
      at = text.indexOf(keyword, at + keyword.length);
    }
  }
  return false;
}

/** The concrete classes of a parsed file that implement or extend `typeName` (by its short name). */
export function implementingClasses(file: PhpFile, typeName: string): Node[] {
  return file.nodesOfType('class_declaration').filter((declaration) => {
    if (namedChildren(declaration).some((child) => child.type === 'abstract_modifier')) return false;
    return namedChildren(declaration).some(
      (child) => (child.type === 'class_interface_clause' || child.type === 'base_clause') && namedChildren(child).some((name) => name.text.split('\\').pop() === typeName),
    );
  });
}

/** Whether the file declares `typeName` as an interface or an abstract class: its methods have implementations elsewhere. */
export function declaresAbstractType(file: PhpFile, typeName: string): boolean {
  const lower = typeName.toLowerCase();
  if (file.nodesOfType('interface_declaration').some((d) => d.childForFieldName('name')?.text.toLowerCase() === lower)) return true;
  return file
    .nodesOfType('class_declaration')
    .some((d) => d.childForFieldName('name')?.text.toLowerCase() === lower && namedChildren(d).some((child) => child.type === 'abstract_modifier'));
}
