import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunction, memberName, staticKey, unwrap, walk, type FunctionNode, type Node } from '../../ast';
import type { AdapterContext } from '../../adapterContext';
import type { FileContext } from '../../fileContext';
import type { ContextMember } from '../../lifecycle/helperFlow';
import { appModelFor, type AppModel } from '../appModel';

/** A function the server's context function puts on every request's context, closing over the request. */
export interface ContextFunction {
  readonly fn: FunctionNode;
  readonly file: FileContext;
  /** What the function calls the request: the context function's own binding (`req` of `({ req }) => …`). */
  readonly requestName: string;
}

/** Files that may hold a GraphQL server's context function (`context: ({ req }) => ({ … })`). */
const CONTEXT_OPTION = /\bcontext\s*:/;
const MAX_FILES = 40;

/**
 * The functions a GraphQL server's context function returns beside the data, by name:
 * `context: ({ req }) => ({ currentUser: req.user, logout: () => req.logout() })` makes `context.logout()`
 * in a resolver `req.logout()` on the request. Read once per package, from the `context` options written
 * as a function whose parameter takes out the request (`{ req }`, `{ request }`) and whose body returns
 * an object literal. A name two servers define differently is left out (which one a resolver gets is unknown).
 */
export function contextFunctions(context: AdapterContext): ReadonlyMap<string, ContextFunction> {
  const model = appModelFor(context);
  return model.once('graphql-context-functions', () => collect(model, context), context.file.budget);
}

function collect(model: AppModel, asking: AdapterContext): Map<string, ContextFunction> {
  const found = new Map<string, ContextFunction | null>();
  for (const file of model.filesWith(CONTEXT_OPTION).slice(0, MAX_FILES)) {
    if (!asking.file.budget.inTime('GraphQL context functions')) break;
    const other = file === asking.file.fileName ? asking : model.contextOf(file);
    if (!other) continue;
    walk(other.file.program, (node) => {
      if (node.type !== 'Property' || staticKey(node.key, node.computed) !== 'context' || !isFunction(unwrap(node.value))) return;
      const builder = unwrap(node.value) as FunctionNode;
      const requestName = requestBinding(builder.params[0]);
      const returned = requestName ? returnedObject(builder) : undefined;
      for (const property of returned?.properties ?? []) {
        if (property.type !== 'Property') continue;
        const name = staticKey(property.key, property.computed);
        const value = unwrap(property.value);
        if (!name || !isFunction(value)) continue;
        found.set(name, found.has(name) ? null : { fn: value as FunctionNode, file: other.file, requestName: requestName! });
      }
    });
  }
  const functions = new Map<string, ContextFunction>();
  for (const [name, fn] of found) if (fn) functions.set(name, fn);
  return functions;
}

/** `({ req })`, `({ req: request })`, `({ request })`: the name the context function binds the request to. */
function requestBinding(param: TSESTree.Parameter | undefined): string | undefined {
  if (param?.type !== 'ObjectPattern') return undefined;
  for (const property of param.properties) {
    if (property.type !== 'Property') continue;
    const key = staticKey(property.key, property.computed);
    if ((key === 'req' || key === 'request') && property.value.type === 'Identifier') return property.value.name;
  }
  return undefined;
}

/** `=> ({ … })` or a body ending in `return { … }`. */
function returnedObject(fn: FunctionNode): TSESTree.ObjectExpression | undefined {
  const body: Node = fn.body;
  if (body.type !== 'BlockStatement') return unwrap(body).type === 'ObjectExpression' ? (unwrap(body) as TSESTree.ObjectExpression) : undefined;
  const last = body.body[body.body.length - 1];
  const argument = last?.type === 'ReturnStatement' && last.argument ? unwrap(last.argument) : undefined;
  return argument?.type === 'ObjectExpression' ? argument : undefined;
}

/** `context.logout()` in a resolver whose context parameter is `contextName`: the context function's `logout`, reached lazily. */
export function contextMemberOf(context: AdapterContext, contextName: string): ContextMember {
  return (call) => {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression' || unwrap(callee.object).type !== 'Identifier' || (unwrap(callee.object) as TSESTree.Identifier).name !== contextName) return undefined;
    const member = contextFunctions(context).get(memberName(callee) ?? '');
    return member ? { target: { fn: member.fn, file: member.file }, params: { requestName: member.requestName, sessionNames: [] } } : undefined;
  };
}
