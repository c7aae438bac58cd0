import { isFunction, unwrap, type FunctionNode, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';

const NOT_A_FUNCTION = new Set(['NewExpression', 'Literal', 'ObjectExpression', 'ArrayExpression', 'TemplateLiteral', 'ClassExpression', 'ClassDeclaration']);

/** The function a handler argument refers to: inline, a named function, or `controller.login`. */
export function asFunction(context: AdapterContext, node: Node): FunctionNode | undefined {
  const target = unwrap(node);
  if (isFunction(target)) return target;
  // A new object, a literal or a class is never a function of this file: nothing to resolve.
  if (NOT_A_FUNCTION.has(target.type)) return undefined;
  // Only a function of this file can be this file's handler: the modules it imports need not be parsed.
  const value = context.resolveLocal(target);
  return value.kind === 'function' && value.file === context.file ? value.node : undefined;
}


/** The function a route's handler reference (`handler: login` imported from `./handlers`) resolves to, in any module of the package. */
export function referencedHandler(context: AdapterContext, reference: Node | undefined): FunctionNode | undefined {
  if (!reference) return undefined;
  const value = context.resolver.resolve(reference, context.file);
  return value.kind === 'function' ? value.node : undefined;
}
