import type { Node } from 'web-tree-sitter';
import type { PhpFile } from '../fileContext';
import { namedChildren } from '../syntax';

/**
 * A file's `use` imports by lower-cased alias: `use App\Http\Controllers\Auth\LoginController;` →
 * 'logincontroller' → 'App\Http\Controllers\Auth\LoginController'; `use X\Y as Z;` → 'z'.
 */
export function importsOf(file: PhpFile): Map<string, string> {
  const imports = new Map<string, string>();
  for (const clause of file.nodesOfType('namespace_use_clause')) {
    const [qualified, alias] = namedChildren(clause);
    if (!qualified) continue;
    const full = qualified.text.replace(/^\\/, '');
    const short = alias?.type === 'name' ? alias.text : full.split('\\').pop()!;
    imports.set(short.toLowerCase(), full);
  }
  return imports;
}

/** The file's `namespace X\Y;`, or '' for the global namespace. */
export function namespaceOf(file: PhpFile): string {
  const declaration = namedChildren(file.root).find((n) => n.type === 'namespace_definition');
  return declaration?.childForFieldName('name')?.text ?? '';
}

/**
 * A class name as written in a file, fully qualified as PHP resolves it: a leading `\` is already
 * qualified; a first segment that is imported is replaced by its import; anything else is in the
 * file's namespace.
 */
export function qualify(written: string, imports: ReadonlyMap<string, string>, namespace: string): string {
  if (written.startsWith('\\')) return written.slice(1);
  const [first, ...rest] = written.split('\\');
  const imported = imports.get((first ?? '').toLowerCase());
  if (imported) return [imported, ...rest].join('\\');
  return namespace ? `${namespace}\\${written}` : written;
}

/** `X::class` as written (`LoginController`, `Auth\LoginController`); undefined for other expressions. */
export function classConstantText(node: Node | undefined): string | undefined {
  if (node?.type !== 'class_constant_access_expression') return undefined;
  const [scope, constant] = namedChildren(node);
  return constant?.text === 'class' && scope && (scope.type === 'name' || scope.type === 'qualified_name') ? scope.text : undefined;
}
