import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { FileContext } from './fileContext';

/**
 * Per script: each name assigned exactly once, by a top-level statement `name = value;`, and nowhere
 * else (null: assigned more than once or inside a function, so no single value).
 */
const indexes = new WeakMap<FileContext, ReadonlyMap<string, TSESTree.Expression | null>>();

/**
 * The value of a sloppy-mode implicit global: `app = express();` or `session = require('express-session');`
 * at the top level of a CommonJS script that never declares the name (restfulTodo's app.js). Such a
 * name is a property of the global object, set once before the statements below it run, so it stands
 * for its value as a `const` would. ES modules are strict (the assignment throws): never there.
 * The caller asks only for a name no declaration in scope binds.
 */
export function implicitGlobalValue(file: FileContext, name: string): TSESTree.Expression | undefined {
  let index = indexes.get(file);
  if (!index) {
    index = buildIndex(file);
    indexes.set(file, index);
  }
  return index.get(name) ?? undefined;
}

function buildIndex(file: FileContext): ReadonlyMap<string, TSESTree.Expression | null> {
  const index = new Map<string, TSESTree.Expression | null>();
  if (file.assignments.length === 0 || isModule(file.program)) return index;
  for (const assignment of file.assignments) {
    if (assignment.left.type !== 'Identifier') continue;
    const name = assignment.left.name;
    const parent = file.parentOf(assignment);
    const topLevel = assignment.operator === '=' && parent?.type === 'ExpressionStatement' && file.parentOf(parent)?.type === 'Program';
    index.set(name, topLevel && !index.has(name) ? assignment.right : null);
  }
  return index;
}

function isModule(program: TSESTree.Program): boolean {
  return program.body.some((s) => s.type === 'ImportDeclaration' || s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration' || s.type === 'ExportAllDeclaration' || s.type === 'TSExportAssignment');
}
