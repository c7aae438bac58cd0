import type { Node } from 'web-tree-sitter';
import { analyzePhpFlow, type PhpFlow } from '../adapters/authFlow';
import { effectsOfFlow, flowStandingFor, type FlowEffects } from '../adapters/flowEffects';
import { calledName } from '../adapters/authSyntax';
import { helperFlowsOf } from '../adapters/lifecycleHelpers';
import { INCLUDE_TYPES, type PhpFile } from '../fileContext';
import type { ProjectContext } from '../../../model/project';
import { namedChildren, stringValue, unwrapParentheses } from '../syntax';
import { SummaryCache } from './parsedFiles';

/** Includes followed from a script: login.php → auth.php → db.php. Deeper chains are left unknown. */
const MAX_INCLUDE_DEPTH = 3;

/** An included file as the including one sees it: its top-level code, its functions, the files it includes. */
interface IncludedFile {
  readonly script: FlowEffects;
  /** Its functions by lower-cased name, and the methods of its classes as `class::method` (called statically by the includer). */
  readonly functions: ReadonlyMap<string, FlowEffects>;
  readonly includes: readonly string[];
}

const included = new SummaryCache<IncludedFile>();

/**
 * The path an include names, relative to the including file's folder: `'auth.php'`,
 * `__DIR__ . '/inc/auth.php'`, `dirname(__FILE__) . '/auth.php'`, `dirname(__DIR__) . '/lib.php'`,
 * `ROOT . 'inc/auth.php'` with `define('ROOT', '')` or `const ROOT = '../'` in the same file.
 * A bare relative path is looked up in the including file's folder: PHP tries the include_path
 * first, whose default `.` is the running script's folder, the same folder for a script included
 * from its own directory. Paths built from constants or variables are not followed.
 */
export function includedPath(include: Node, constants?: ReadonlyMap<string, Node>): string | undefined {
  const target = namedChildren(include)[0];
  if (!target) return undefined;
  const expression = unwrapParentheses(target);
  const literal = stringValue(expression);
  if (literal !== undefined) return literal.startsWith('/') ? undefined : literal;
  if (expression.type !== 'binary_expression' || expression.childForFieldName('operator')?.text !== '.') return undefined;
  const left = expression.childForFieldName('left');
  const right = expression.childForFieldName('right');
  const rest = right ? stringValue(unwrapParentheses(right)) : undefined;
  if (!left || rest === undefined) return undefined;
  const leftValue = unwrapParentheses(left);
  // A constant of the file that holds a relative folder ('' or '../'), as DVWA's pages define it.
  const constant = leftValue.type === 'name' ? constants?.get(leftValue.text) : undefined;
  const folder = constant ? stringValue(unwrapParentheses(constant)) : undefined;
  if (folder !== undefined) return folder.startsWith('/') || /^[a-z]+:/i.test(folder) ? undefined : `${folder}${rest}`;
  if (!rest.startsWith('/')) return undefined;
  const base = folderOf(leftValue);
  return base === undefined ? undefined : `${base}${rest}`;
}

/** `__DIR__` and `dirname(__FILE__)` → '.', `dirname(__DIR__)` → '..'. */
function folderOf(node: Node): string | undefined {
  if (node.type === 'name' && node.text === '__DIR__') return '.';
  if (node.type !== 'function_call_expression' || calledName(node) !== 'dirname') return undefined;
  const args = namedChildren(node.childForFieldName('arguments') ?? node).filter((a) => a.type === 'argument');
  const inner = args.length === 1 ? namedChildren(args[0]!)[0] : undefined;
  if (inner?.type === 'name' && inner.text === '__FILE__') return '.';
  const parent = inner ? folderOf(unwrapParentheses(inner)) : undefined;
  return parent === undefined ? undefined : parent === '.' ? '..' : `${parent}/..`;
}

/**
 * What includes and the functions of included files do to the session, for the flow of a login
 * or logout: `require 'auth.php'` whose code calls `session_regenerate_id(true)`, or `end_session()`
 * declared in an included `functions.php`. The included files are read as data and summarised once
 * per text; nothing is executed. Undefined for other calls and for files that cannot be read.
 */
export function includeFlowsOf(file: PhpFile, depth = 0): (node: Node) => PhpFlow | undefined {
  let functions: Map<string, FlowEffects> | undefined;
  const functionsOfIncludes = (): Map<string, FlowEffects> => {
    if (functions) return functions;
    functions = new Map();
    for (const path of file.nodesOfTypes(INCLUDE_TYPES).map((node) => includedPath(node, file.constants))) {
      if (path !== undefined) collectFunctions(file.project, file.fileName, path, functions, depth, new Set([file.fileName]));
    }
    return functions;
  };
  return (node) => {
    if (depth >= MAX_INCLUDE_DEPTH) return undefined;
    if (INCLUDE_TYPES.has(node.type)) {
      const path = includedPath(node, file.constants);
      const summary = path === undefined ? undefined : summaryOf(file.project, file.fileName, path, depth + 1)?.summary;
      return summary ? flowStandingFor(summary.script, node) : undefined;
    }
    const key = includedCallKey(file, node);
    const effects = key === undefined ? undefined : functionsOfIncludes().get(key);
    return effects ? flowStandingFor(effects, node) : undefined;
  };
}

/**
 * How a call names a function or static method of an included file: `record_failure()` →
 * 'record_failure', `LoginSecurity::recordFailed($u)` → 'loginsecurity::recordfailed' (a helper
 * class of the account lockout, required by the login script). Undefined for a function the file
 * declares itself and for calls on objects (their class is not known here).
 */
function includedCallKey(file: PhpFile, node: Node): string | undefined {
  const name = calledName(node);
  if (!name) return undefined;
  if (node.type === 'function_call_expression') return file.functions.has(name) ? undefined : name;
  const scope = node.type === 'scoped_call_expression' ? node.childForFieldName('scope') : null;
  if (scope?.type !== 'name' && scope?.type !== 'qualified_name') return undefined;
  return `${(scope.text.split('\\').pop() ?? '').toLowerCase()}::${name}`;
}

/** The functions of an included file and of the files it includes in turn, by lower-cased name; the first declaration wins. */
function collectFunctions(project: ProjectContext, fromFile: string, path: string, into: Map<string, FlowEffects>, depth: number, seen: Set<string>): void {
  if (depth >= MAX_INCLUDE_DEPTH) return;
  const found = summaryOf(project, fromFile, path, depth + 1);
  if (!found || seen.has(found.fileName)) return;
  seen.add(found.fileName);
  for (const [name, effects] of found.summary.functions) if (!into.has(name)) into.set(name, effects);
  // The nested paths are relative to the included file.
  for (const nested of found.summary.includes) collectFunctions(project, found.fileName, nested, into, depth + 1, seen);
}

/** A file's summary as seen at an include depth (deeper summaries follow fewer includes: each depth is kept apart). */
function summaryOf(project: ProjectContext, fromFile: string, path: string, depth: number): { readonly fileName: string; readonly summary: IncludedFile } | undefined {
  return included.of(project, fromFile, path, (other) => summarise(other, depth), String(depth));
}

function summarise(file: PhpFile, depth: number): IncludedFile {
  const local = helperFlowsOf(file);
  const fromIncludes = includeFlowsOf(file, depth);
  const helperFlow = (call: Node): PhpFlow | undefined => local(call) ?? fromIncludes(call);
  const functions = new Map<string, FlowEffects>();
  for (const [name, declaration] of file.functions) {
    const body = declaration.childForFieldName('body');
    if (body) functions.set(name, effectsOfFlow(analyzePhpFlow(body, { file, ownUnits: new Set(), helperFlow })));
  }
  // Static helper classes (`LoginSecurity::isLocked()`): only the methods declared `static`, which a caller can reach by the class name.
  for (const declaration of file.nodesOfType('class_declaration')) {
    const className = declaration.childForFieldName('name')?.text.toLowerCase();
    for (const method of declaration.descendantsOfType('method_declaration')) {
      const name = method?.childForFieldName('name')?.text.toLowerCase();
      const body = method?.childForFieldName('body');
      if (!className || !name || !body || !namedChildren(method!).some((child) => child.type === 'static_modifier')) continue;
      const key = `${className}::${name}`;
      if (!functions.has(key)) functions.set(key, effectsOfFlow(analyzePhpFlow(body, { file, ownUnits: new Set(), helperFlow })));
    }
  }
  const includes = file.nodesOfTypes(INCLUDE_TYPES).map((node) => includedPath(node, file.constants)).filter((p): p is string => p !== undefined);
  return { script: effectsOfFlow(analyzePhpFlow(file.root, { file, ownUnits: new Set(), helperFlow })), functions, includes };
}

