import type { Node } from 'web-tree-sitter';
import type { PhpFile } from '../fileContext';
import { calledName, callTarget, variableName } from './authSyntax';
import { analyzePhpFlow, type PhpFlow } from './authFlow';
import { calleeFlow } from './logoutCallees';
import { delegatesLogin, delegatesLogout, endsAuthState } from './logoutDelegation';

/**
 * Helpers of the file and what they do to the session: `function regenerate_session() { session_regenerate_id(true); }`
 * called as `regenerate_session()`, or a method of the same class called as `$this->endSession()`.
 * Each helper is analysed once; a helper that calls itself (directly or not) stops the recursion.
 * A logout handed to another class of the project is followed into its file ({@link calleeFlow});
 * `depth` counts the files crossed.
 */
export function helperFlowsOf(file: PhpFile, depth = 0): (call: Node) => PhpFlow | undefined {
  const memo = new Map<number, PhpFlow | undefined>();
  const inProgress = new Set<number>();
  const flowOf = (declaration: Node): PhpFlow | undefined => {
    if (memo.has(declaration.id)) return memo.get(declaration.id);
    if (inProgress.has(declaration.id)) return undefined;
    inProgress.add(declaration.id);
    const body = declaration.childForFieldName('body');
    const flow = body ? analyzePhpFlow(body, { file, ownUnits: new Set(), helperFlow: helper }) : undefined;
    inProgress.delete(declaration.id);
    memo.set(declaration.id, flow);
    return flow;
  };
  function helper(call: Node): PhpFlow | undefined {
    const own = helperDeclaration(file, call).map(flowOf).find((f) => f !== undefined);
    // A logout or a login handed to a service of the project (`$this->loginService->logout()`,
    // `$loginService->authenticate($form, $request)`, `$auth->forget()`): what the service does.
    return own ?? (delegatesLogout(call) || delegatesLogin(call) || endsAuthState(call) ? calleeFlow(file, call, depth, helperFlowsOf) : undefined);
  }
  return helper;
}

/** The function or same-class method a call runs, when it is declared in this file. */
function helperDeclaration(file: PhpFile, call: Node): readonly Node[] {
  const name = calledName(call);
  if (!name) return [];
  if (call.type === 'function_call_expression') {
    const fn = file.functions.get(name);
    return fn ? [fn] : [];
  }
  const target = callTarget(call);
  const self = call.type === 'scoped_call_expression' ? /^(self|static)$/i.test(target?.text ?? '') : variableName(target) === 'this';
  if (!self) return [];
  // The class from node ranges, its methods indexed once per file: looked up per call (`$this->addSql(…)`
  // 500 times in a migration), a walk up to the class and over its methods made that quadratic (9 s for 70 KB).
  return file.classAt(call.startIndex)?.methods.get(name) ?? [];
}
