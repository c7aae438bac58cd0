import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { unwrap } from '../ast';
import type { HandlerParams } from './authEdits';
import type { RouteHandler } from './routes';

/* What a route handler calls the request, the response and the session: from its parameters, or its Nest parameter decorators. */

function paramName(param: TSESTree.Parameter | undefined): string | undefined {
  const target = param?.type === 'TSParameterProperty' ? param.parameter : param;
  return target?.type === 'Identifier' ? target.name : undefined;
}

/** `({ body, session }, reply) => …`: the session taken out of the request in the parameter list. */
function destructuredSession(param: TSESTree.Parameter | undefined): string[] {
  const target = param?.type === 'TSParameterProperty' ? param.parameter : param;
  if (target?.type !== 'ObjectPattern') return [];
  return target.properties.flatMap((p) =>
    p.type === 'Property' && p.key.type === 'Identifier' && p.key.name === 'session' && p.value.type === 'Identifier' ? [p.value.name] : [],
  );
}

export function requestParam(route: RouteHandler): HandlerParams {
  const fn = route.handler;
  if (route.params) return route.params;
  if (!fn) return { sessionNames: [] };
  if (route.framework !== 'nest') {
    return { request: paramName(fn.params[0]), response: paramName(fn.params[1]), next: paramName(fn.params[2]), sessionNames: destructuredSession(fn.params[0]) };
  }
  const result: { request?: string; response?: string; sessionNames: string[] } = { sessionNames: [] };
  for (const param of fn.params) {
    const decorators = 'decorators' in param ? (param.decorators as TSESTree.Decorator[]) : [];
    const id = paramName(param);
    for (const decorator of decorators ?? []) {
      const expression = unwrap(decorator.expression);
      const callee = expression.type === 'CallExpression' ? unwrap(expression.callee) : undefined;
      const decoratorName = callee?.type === 'Identifier' ? callee.name : undefined;
      if (decoratorName === 'Req' || decoratorName === 'Request') {
        result.request = id;
        result.sessionNames.push(...destructuredSession(param));
      }
      if (decoratorName === 'Res' || decoratorName === 'Response') result.response = id;
      if (decoratorName === 'Session' && id) result.sessionNames.push(id);
    }
  }
  return result;
}
