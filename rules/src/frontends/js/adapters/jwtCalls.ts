import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { samePath, type AdapterContext } from '../adapterContext';
import { memberName, unwrap } from '../ast';

/**
 * `context.callsTo`, with a cheap test first: a member callee (`jwt.sign`) can only be the export
 * `…/sign` when its property is named `sign`, so the other calls of a large file (`res.json()`,
 * `JSON.stringify()`) are never resolved. Identifier callees are always resolved (renamed imports).
 */
export function moduleCalls(context: AdapterContext, modules: readonly string[], path: readonly string[]): TSESTree.CallExpression[] {
  if (!context.importsAny(modules)) return [];
  const last = path[path.length - 1];
  return context.file.calls.filter((call) => {
    const callee = unwrap(call.callee);
    if (last !== undefined && callee.type === 'MemberExpression' && memberName(callee) !== last) return false;
    const target = context.moduleOf(call.callee);
    return target !== undefined && modules.includes(target.module) && samePath(target.path, path);
  });
}

/** `new X(…)` expressions whose class is the export `name` of one of `modules`. */
export function moduleInstances(context: AdapterContext, modules: readonly string[], names: ReadonlySet<string>): { expression: TSESTree.NewExpression; name: string }[] {
  if (!context.importsAny(modules)) return [];
  const found: { expression: TSESTree.NewExpression; name: string }[] = [];
  for (const expression of context.file.newExpressions) {
    const callee = unwrap(expression.callee);
    if (callee.type === 'MemberExpression' && !names.has(memberName(callee) ?? '')) continue;
    if (callee.type !== 'MemberExpression' && callee.type !== 'Identifier') continue;
    const target = context.moduleOf(callee);
    const name = target && modules.includes(target.module) ? target.path.join('.') : undefined;
    if (target && name !== undefined) found.push({ expression, name: name || target.module });
  }
  return found;
}
