import type { Node } from 'web-tree-sitter';
import type { PhpFile } from '../fileContext';
import { argumentAt, callArguments, namedChildren, unwrapParentheses } from '../syntax';

/** A call of a function that hands its parameter to session_id(), with the argument it gives. */
export interface WrapperCall {
  readonly call: Node;
  readonly argument: Node;
}

/**
 * `function start_session_with($id) { session_id($id); session_start(); }` called as
 * `start_session_with(uniqid())`: the id comes from the callers. Only global functions of the same
 * file whose parameter reaches session_id() unchanged (never reassigned) are followed; methods
 * and functions in other files are not.
 */
export function wrapperCalls(file: PhpFile, idArgument: Node): readonly WrapperCall[] {
  const variable = unwrapParentheses(idArgument);
  if (variable.type !== 'variable_name') return [];
  const name = namedChildren(variable)[0]?.text;
  const scope = file.scopeOf(variable);
  if (!name || scope.type !== 'function_definition') return [];
  const writes = file.writesTo(scope, name);
  // The parameter itself is the only write: the value session_id() gets is the caller's.
  if (writes.length !== 1 || writes[0]!.kind !== 'other' || writes[0]!.node.parent?.type !== 'formal_parameters') return [];
  const parameters = namedChildren(writes[0]!.node.parent);
  const position = parameters.findIndex((p) => p.id === writes[0]!.node.id);
  const functionName = scope.childForFieldName('name')?.text.toLowerCase();
  if (!functionName || file.functions.get(functionName)?.id !== scope.id) return [];
  const calls: WrapperCall[] = [];
  for (const call of file.callsTo(functionName)) {
    const args = callArguments(call);
    if (args.spread && args.positional.length <= position) continue;
    const argument = argumentAt(args, position, name);
    if (argument) calls.push({ call, argument });
  }
  return calls;
}
