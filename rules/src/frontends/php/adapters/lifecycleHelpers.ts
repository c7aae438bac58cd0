import type { Node } from 'web-tree-sitter';
import type { PhpFile } from '../fileContext';
import { calledName, callTarget, variableName } from './authSyntax';
import { analyzePhpFlow } from './authFlow';

/**
 * Helpers of the file that renew the session: `function regenerate_session() { session_regenerate_id(true); }`
 * called as `regenerate_session()`, or a method of the same class called as `$this->renewSession()`.
 * Returns, per call, true (complete renewal), false (incomplete) or undefined (not a renewal helper).
 */
export function renewalHelperOf(file: PhpFile): (call: Node) => boolean | undefined {
  const memo = new Map<number, boolean | undefined>();
  const inProgress = new Set<number>();
  const renews = (declaration: Node): boolean | undefined => {
    if (memo.has(declaration.id)) return memo.get(declaration.id);
    if (inProgress.has(declaration.id)) return undefined;
    inProgress.add(declaration.id);
    const body = declaration.childForFieldName('body');
    const flow = body ? analyzePhpFlow(body, { file, ownUnits: new Set(), renewalHelper: (inner) => helperDeclaration(file, inner).map(renews).find((r) => r !== undefined) }) : undefined;
    inProgress.delete(declaration.id);
    const result = flow && flow.renewals.length > 0 ? flow.renewals.every((r) => r.complete) : undefined;
    memo.set(declaration.id, result);
    return result;
  };
  return (call) => {
    for (const declaration of helperDeclaration(file, call)) {
      const result = renews(declaration);
      if (result !== undefined) return result;
    }
    return undefined;
  };
}

/** The function or same-class method a call runs, when it is declared in this file. */
function helperDeclaration(file: PhpFile, call: Node): Node[] {
  const name = calledName(call);
  if (!name) return [];
  if (call.type === 'function_call_expression') {
    const fn = file.functions.get(name);
    return fn ? [fn] : [];
  }
  const target = callTarget(call);
  const self = call.type === 'scoped_call_expression' ? /^(self|static)$/i.test(target?.text ?? '') : variableName(target) === 'this';
  if (!self) return [];
  let classNode: Node | null = call.parent;
  while (classNode && classNode.type !== 'class_declaration' && classNode.type !== 'trait_declaration') classNode = classNode.parent;
  const methods = classNode?.descendantsOfType('method_declaration') ?? [];
  return methods.filter((m): m is Node => m !== null && m.childForFieldName('name')?.text.toLowerCase() === name);
}
