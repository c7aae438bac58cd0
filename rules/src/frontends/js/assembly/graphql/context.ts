import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { staticKey, stringLiteral, unwrap, type FunctionNode } from '../../ast';
import type { HandlerParams } from '../../lifecycle/authEdits';
import { decoratorCall } from '../../lifecycle/nestRoutes';

/** Where a GraphQL context carries the HTTP request: Apollo Server's express integration and its followers pass `{ req, res }`. */
const REQUEST_KEYS = new Set(['req', 'request']);
const RESPONSE_KEYS = new Set(['res', 'response', 'reply']);

/**
 * What a resolver's context parameter names: `ctx` (the request is `ctx.req`, a session put in the
 * context `ctx.session`), or `{ req, res }`, `{ req: { session } }`, `{ session }` taken apart in
 * the parameter list, also one level down where the context nests the server's own context
 * (`context: request => ({ request })`, read as `{ request: { req, res } }`). Undefined when there is
 * no context parameter: the resolver cannot reach the session.
 */
export function contextParams(param: TSESTree.Parameter | undefined): HandlerParams | undefined {
  const target = param?.type === 'AssignmentPattern' ? param.left : param;
  if (!target) return undefined;
  if (target.type === 'Identifier') return { request: `${target.name}.req`, response: `${target.name}.res`, sessionNames: [`${target.name}.session`], context: target.name };
  if (target.type !== 'ObjectPattern') return undefined;
  const params: MutableParams = { sessionNames: [] };
  readPattern(target, params, 0);
  return params.request !== undefined || params.sessionNames.length > 0 ? params : undefined;
}

interface MutableParams {
  request?: string;
  response?: string;
  sessionNames: string[];
}

/** How deep a context pattern is read: the context, and one object nested in it. */
const MAX_NESTING = 1;

function readPattern(pattern: TSESTree.ObjectPattern, params: MutableParams, depth: number): void {
  for (const property of pattern.properties) {
    if (property.type !== 'Property') continue;
    const key = staticKey(property.key, property.computed);
    const value = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
    if (key === 'session' && value.type === 'Identifier') params.sessionNames.push(value.name);
    if (key && REQUEST_KEYS.has(key) && value.type === 'Identifier') params.request ??= value.name;
    if (key && RESPONSE_KEYS.has(key) && value.type === 'Identifier') params.response ??= value.name;
    if (value.type !== 'ObjectPattern') continue;
    if (key && REQUEST_KEYS.has(key) && !holdsRequest(value)) {
      // `{ req: { session } }`: the request taken apart.
      for (const inner of value.properties) {
        if (inner.type === 'Property' && staticKey(inner.key, inner.computed) === 'session' && inner.value.type === 'Identifier') params.sessionNames.push(inner.value.name);
      }
    } else if (depth < MAX_NESTING && holdsRequest(value)) readPattern(value, params, depth + 1);
  }
}

/** `{ req, res }`: a pattern that takes the request out of an object, so the object is a server's context. */
function holdsRequest(pattern: TSESTree.ObjectPattern): boolean {
  return pattern.properties.some((p) => p.type === 'Property' && REQUEST_KEYS.has(staticKey(p.key, p.computed) ?? ''));
}

/**
 * The context of a decorated resolver method: type-graphql's `@Ctx() ctx` / `@Ctx() { req }`, NestJS's
 * `@Context() ctx` / `@Context('req') req`.
 */
export function decoratedContext(fn: FunctionNode): HandlerParams | undefined {
  for (const param of fn.params) {
    const decorators = 'decorators' in param ? (param.decorators as TSESTree.Decorator[] | undefined) ?? [] : [];
    for (const decorator of decorators) {
      const call = decoratorCall(decorator);
      if (call?.name !== 'Ctx' && call?.name !== 'Context') continue;
      const property = stringLiteral(call.argument);
      const id = param.type === 'Identifier' ? param.name : undefined;
      if (property && REQUEST_KEYS.has(property)) return id ? { request: id, sessionNames: [] } : contextParams(param);
      if (property === 'session' && id) return { sessionNames: [id] };
      if (property === undefined && unwrap(param).type !== 'TSParameterProperty') return contextParams(param);
    }
  }
  return undefined;
}
