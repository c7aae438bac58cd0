import type { TSESTree } from '@typescript-eslint/typescript-estree';

/**
 * The call seen without its first argument: `setCookie(c, name, value, options)` (Hono, h3) read as
 * `write(name, value, options)`, the shape cookieCallFact reads. Ranges stay those of the real nodes,
 * so edits land in the real call.
 */
export function withoutContextArgument(call: TSESTree.CallExpression): TSESTree.CallExpression {
  return { ...call, arguments: call.arguments.slice(1) };
}
