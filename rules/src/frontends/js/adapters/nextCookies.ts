import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { memberName, unwrap, type Node } from '../ast';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { lookup } from '../scope';
import type { JsValue } from '../values';
import { cookieCallFact } from './cookieCall';
import { cookieObjectFact } from './cookieObjectFact';
import type { CookieDefaults } from './cookieOptions';

const MODULES = ['next/headers', 'next/server'];

/**
 * Next.js (`cookies()` from next/headers, `NextResponse#cookies`, both the ResponseCookies of
 * @edge-runtime/cookies): no HttpOnly, Secure or SameSite unless asked for; path '/' when none is
 * given; maxAge in seconds (0 deletes).
 */
const NEXT_DEFAULTS: CookieDefaults = { httpOnly: false, secure: false, sameSite: undefined, maxAge: null, path: '/' };

function isModuleCall(value: JsValue, module: string, first: string): boolean {
  const target = value.kind === 'call' ? value.callee : value.kind === 'instance' ? value.of : undefined;
  return target?.kind === 'module' && target.module === module && target.path[0] === first;
}

/** `cookies()`, `await cookies()`, or a const holding either. */
function isCookieStore(context: AdapterContext, node: Node): boolean {
  return isModuleCall(context.resolveLocal(node), 'next/headers', 'cookies');
}

/** `NextResponse.next()`, `.json(…)`, `.redirect(…)`, `new NextResponse(…)`, or a parameter typed `NextResponse`. */
function isNextResponse(context: AdapterContext, node: Node): boolean {
  const target = unwrap(node);
  if (target.type === 'Identifier') {
    const binding = lookup(context.file, target.name, target);
    if (binding?.kind === 'param' && binding.path.length === 0) return isTypedNextResponse(context, binding.id);
  }
  return isModuleCall(context.resolveLocal(target), 'next/server', 'NextResponse');
}

function isTypedNextResponse(context: AdapterContext, id: TSESTree.Identifier): boolean {
  const annotation = id.typeAnnotation?.typeAnnotation;
  if (annotation?.type !== 'TSTypeReference' || annotation.typeName.type !== 'Identifier') return false;
  const binding = lookup(context.file, annotation.typeName.name, id);
  return binding?.kind === 'import' && binding.source === 'next/server' && binding.imported === 'NextResponse';
}

/** `<store>.set(…)` on a next/headers cookie store, or `<response>.cookies.set(…)` on a NextResponse. */
function isNextCookieSet(context: AdapterContext, callee: TSESTree.MemberExpression): boolean {
  const jar = unwrap(callee.object);
  if (jar.type === 'MemberExpression' && memberName(jar) === 'cookies') return isNextResponse(context, jar.object);
  return isCookieStore(context, jar);
}

/**
 * Next.js cookies: `cookies().set(name, value, options)` and `(await cookies()).set({ name, value, … })`
 * in route handlers and server actions, `NextResponse.next().cookies.set(…)` in middleware and routes.
 * `request.cookies.set` only changes the request seen downstream: it is no cookie write.
 */
export const nextCookiesAdapter: JsAdapter = {
  name: 'next-cookies',
  collect(context) {
    if (!context.importsAny(MODULES)) return;
    for (const call of context.file.calls) {
      const callee = unwrap(call.callee);
      if (callee.type !== 'MemberExpression' || memberName(callee) !== 'set' || !isNextCookieSet(context, callee)) continue;
      const first = call.arguments[0];
      if (!first || first.type === 'SpreadElement') continue;
      if (call.arguments.length === 1) {
        context.facts.push(cookieObjectFact(context, call, first, 'next', NEXT_DEFAULTS));
      } else {
        context.facts.push(cookieCallFact(context, call, { library: 'next', defaults: NEXT_DEFAULTS, maxAgeUnit: 's', optionsIndex: 2, zeroMaxAgeClears: true }));
      }
    }
  },
};
