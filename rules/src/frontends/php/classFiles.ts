import type { Node } from 'web-tree-sitter';
import type { PhpFile } from './fileContext';
import { namedChildren } from './syntax';

/**
 * Where a PHP class of the project lives, found the way Composer's PSR-4 autoloader finds it:
 * the class name written in a file (`LoginService`, `Services\Auth`, `\App\X`) is made fully
 * qualified by the file's namespace and `use` clauses, and the namespace prefix maps to a folder.
 * The mapping is read off the file itself (its namespace `BookStack\Access\Controllers` in
 * `app/Access/Controllers/` says `BookStack\` is `app/`), so composer.json is not needed; a class
 * outside that prefix (a vendor package) is not found. Nothing is loaded or executed.
 */
export function classFileOf(file: PhpFile, writtenName: string): string | undefined {
  const fqcn = qualifiedName(file, writtenName);
  const namespace = namespaceOf(file);
  if (!fqcn || namespace === undefined) return undefined;
  const folders = file.fileName.replace(/\\/g, '/').split('/').slice(0, -1);
  const parts = namespace.split('\\').filter(Boolean);
  // The namespace's trailing parts that are also the folder's trailing parts: the rest is the PSR-4 prefix.
  let shared = 0;
  while (shared < parts.length && shared < folders.length && parts[parts.length - 1 - shared] === folders[folders.length - 1 - shared]) shared++;
  const prefix = parts.slice(0, parts.length - shared);
  const root = folders.slice(0, folders.length - shared);
  const target = fqcn.split('\\').filter(Boolean);
  if (target.length <= prefix.length || prefix.some((part, i) => target[i] !== part)) return undefined;
  return [...root, ...target.slice(prefix.length)].join('/') + '.php';
}

/** A relative specifier from one file to another (`../LoginService.php`), for the project's reader. */
export function relativeSpecifier(fromFile: string, toFile: string): string {
  const from = fromFile.replace(/\\/g, '/').split('/').slice(0, -1);
  const to = toFile.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  return (up === 0 ? './' : '../'.repeat(up)) + to.slice(common).join('/');
}

function namespaceOf(file: PhpFile): string | undefined {
  const definition = namedChildren(file.root).find((node) => node.type === 'namespace_definition');
  return definition?.childForFieldName('name')?.text;
}

/** `LoginService` → `BookStack\Access\LoginService` by a `use` clause or the file's namespace. */
function qualifiedName(file: PhpFile, written: string): string | undefined {
  if (written.startsWith('\\')) return written.slice(1);
  const [head, ...rest] = written.split('\\');
  if (!head) return undefined;
  for (const clause of file.nodesOfType('namespace_use_clause')) {
    const imported = importedName(clause);
    if (imported && imported.alias.toLowerCase() === head.toLowerCase()) return [imported.name, ...rest].join('\\');
  }
  const namespace = namespaceOf(file);
  return namespace ? `${namespace}\\${written}` : written;
}

/** `use A\B\C;` → C is A\B\C; `use A\B\C as D;`; `use A\{B, C as D};`. */
function importedName(clause: Node): { name: string; alias: string } | undefined {
  const [nameNode, aliasNode] = namedChildren(clause);
  if (!nameNode) return undefined;
  const group = clause.parent?.type === 'namespace_use_group' ? clause.parent.parent : undefined;
  const groupPrefix = group ? namedChildren(group).find((n) => n.type === 'namespace_name')?.text : undefined;
  const name = (groupPrefix ? `${groupPrefix}\\${nameNode.text}` : nameNode.text).replace(/^\\/, '');
  const alias = aliasNode?.text ?? name.split('\\').pop() ?? name;
  return { name, alias };
}
