import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunction, memberName, staticKey, stringLiteral, unwrap, type FunctionNode, type Node } from '../../ast';
import type { AdapterContext } from '../../adapterContext';

/** A mutation a Pothos schema builder defines, with its resolver and where the resolver takes the context. */
export interface PothosMutation {
  readonly name: string;
  readonly at: Node;
  readonly fn: FunctionNode;
  /** The resolver's context parameter: `resolve(parent, args, ctx)`, or one later for the plugin fields that take a query first (`t.prismaField`: `resolve(query, parent, args, ctx)`). */
  readonly contextParam: TSESTree.Parameter | undefined;
}

/** The text a file defining Pothos mutations holds. */
const POTHOS_TEXT = /\.mutationFields?\s*\(/;
/** Field makers whose resolver takes the plugin's query argument first (@pothos/plugin-prisma, plugin-drizzle). */
const QUERY_FIRST = /^(prisma|drizzle)(Field|Connection)$/;

/**
 * Pothos (`@pothos/core`): `builder.mutationField('login', (t) => t.field({ args, resolve }))` and
 * `builder.mutationFields((t) => ({ login: t.field({ … }) }))`. The builder is the project's own
 * (`import { builder } from './builder'`), so the shape decides, not an import: a `mutationField`
 * method given a name and a function of `t` that returns `t.<maker>({ … resolve … })`.
 */
export function pothosMutations(context: AdapterContext): PothosMutation[] {
  if (!POTHOS_TEXT.test(context.file.text)) return [];
  const found: PothosMutation[] = [];
  for (const call of context.file.calls) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression') continue;
    const method = memberName(callee);
    const [first, second] = call.arguments;
    if (method === 'mutationField' && first && second) {
      const name = stringLiteral(first);
      const field = name !== undefined ? fieldOf(second) : undefined;
      if (field && name !== undefined) found.push({ name, at: first, ...field });
    } else if (method === 'mutationFields' && first) {
      const map = returned(first);
      for (const property of map?.type === 'ObjectExpression' ? map.properties : []) {
        if (property.type !== 'Property') continue;
        const name = staticKey(property.key, property.computed);
        const field = name !== undefined ? fieldCall(unwrap(property.value)) : undefined;
        if (field && name !== undefined) found.push({ name, at: property.key, ...field });
      }
    }
  }
  return found;
}

/** `(t) => t.field({ … })` or `(t) => { return t.field({ … }); }`. */
function fieldOf(node: Node): Omit<PothosMutation, 'name' | 'at'> | undefined {
  const body = returned(node);
  return body ? fieldCall(body) : undefined;
}

/** What a function of `t` returns. */
function returned(node: Node): Node | undefined {
  const fn = unwrap(node);
  if (!isFunction(fn)) return undefined;
  if (fn.body.type !== 'BlockStatement') return unwrap(fn.body);
  const last = fn.body.body[fn.body.body.length - 1];
  return last?.type === 'ReturnStatement' && last.argument ? unwrap(last.argument) : undefined;
}

/** `t.field({ resolve })`, `t.prismaField({ resolve })`: the resolver written in the options. */
function fieldCall(node: Node): Omit<PothosMutation, 'name' | 'at'> | undefined {
  if (node.type !== 'CallExpression') return undefined;
  const callee = unwrap(node.callee);
  const maker = callee.type === 'MemberExpression' ? memberName(callee) : undefined;
  const options = node.arguments[0] ? unwrap(node.arguments[0]) : undefined;
  if (!maker || options?.type !== 'ObjectExpression') return undefined;
  const resolve = options.properties.find((p): p is TSESTree.Property => p.type === 'Property' && staticKey(p.key, p.computed) === 'resolve');
  const fn = resolve ? unwrap(resolve.value) : undefined;
  if (!fn || !isFunction(fn)) return undefined;
  return { fn, contextParam: fn.params[QUERY_FIRST.test(maker) ? 3 : 2] };
}
