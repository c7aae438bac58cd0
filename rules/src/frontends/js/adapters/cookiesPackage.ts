import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { OptionKey } from '../../../model/edit';
import { memberName, unwrap, type Node } from '../ast';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { entryAt } from '../optionValues';
import { lookup } from '../scope';
import type { JsValue } from '../values';
import { cookieCallFact } from './cookieCall';
import type { CookieDefaults } from './cookieOptions';
import { keygripKeys, secretFacts } from './secrets';

const MODULES = ['cookies'];

/**
 * The `cookies` package (also Koa's `ctx.cookies`): HttpOnly by default; Secure follows the request
 * ('auto': Secure exactly when `req.protocol` is https or the socket is encrypted); no SameSite;
 * path '/'; maxAge in ms, where 0 means none.
 */
const DEFAULTS: CookieDefaults = { httpOnly: true, secure: 'auto', sameSite: undefined, maxAge: null, path: '/' };

const optionName = (key: OptionKey): string => key;

function isCookiesModule(value: JsValue): boolean {
  return value.kind === 'module' && MODULES.includes(value.module) && value.path.length === 0;
}

/** `new Cookies(req, res, opts)` or `Cookies(req, res, opts)`. */
function isCookiesJar(value: JsValue): boolean {
  return (value.kind === 'instance' && isCookiesModule(value.of)) || (value.kind === 'call' && isCookiesModule(value.callee));
}

/** Koa's `ctx.cookies`, where `ctx` is a handler parameter. */
function isKoaCookies(context: AdapterContext, node: Node): boolean {
  const target = unwrap(node);
  if (target.type !== 'MemberExpression' || memberName(target) !== 'cookies') return false;
  const object = unwrap(target.object);
  if (object.type !== 'Identifier' || object.name !== 'ctx') return false;
  const binding = lookup(context.file, object.name, object);
  return binding?.kind === 'param' && binding.path.length === 0;
}

/** `cookies.set(name, value?, options?)` on a jar from the `cookies` package, and Koa's `ctx.cookies.set`. */
export const cookiesPackageAdapter: JsAdapter = {
  name: 'cookies',
  collect(context) {
    const importsCookies = context.importsAny(MODULES);
    for (const call of context.file.calls) {
      const callee = unwrap(call.callee);
      if (callee.type !== 'MemberExpression' || memberName(callee) !== 'set') continue;
      const jar = isKoaCookies(context, callee.object) || (importsCookies && isCookiesJar(context.resolveCallee(callee.object)));
      if (!jar) continue;
      context.facts.push(cookieCallFact(context, call, { library: 'cookies', defaults: DEFAULTS, maxAgeUnit: 'ms', optionsIndex: 2, zeroMaxAgeClears: false, missingValueClears: true }));
    }
    if (importsCookies) for (const creation of jarCreations(context)) signingKeys(context, creation);
  },
};

function jarCreations(context: AdapterContext): (TSESTree.NewExpression | TSESTree.CallExpression)[] {
  const creations: (TSESTree.NewExpression | TSESTree.CallExpression)[] = [...context.callsTo(MODULES)];
  for (const expression of context.file.newExpressions) {
    const callee = context.resolveCallee(expression.callee);
    if (isCookiesModule(callee)) creations.push(expression);
  }
  return creations;
}

/** `new Cookies(req, res, { keys: ['…'] })`: the keys sign cookies set with `{ signed: true }`. */
function signingKeys(context: AdapterContext, creation: TSESTree.NewExpression | TSESTree.CallExpression): void {
  const optionsNode = creation.arguments[2];
  if (!optionsNode || optionsNode.type === 'SpreadElement') return;
  const options = context.resolver.resolve(optionsNode, context.file);
  if (options.kind !== 'object') return;
  const { entry } = entryAt(options, ['keys']);
  const keys = entry ? keygripKeys(context, entry.value) : undefined;
  if (!keys || (keys.kind === 'literal' && (keys.value === undefined || keys.value === null))) return;
  context.facts.push(...secretFacts(context, 'cookies', 'cookie-signing', 'keys', keys, entry, creation, optionName));
}
