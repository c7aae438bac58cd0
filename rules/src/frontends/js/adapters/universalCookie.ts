import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { CookieWriteFact } from '../../../model/facts';
import { unknown } from '../../../model/value';
import { memberName, unwrap, type Node } from '../ast';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { rangeOfNode } from '../optionValues';
import { lookup } from '../scope';
import type { JsValue } from '../values';
import { cookieCallFact } from './cookieCall';
import { withEditorLimits } from './cookieFactEditing';
import { readCookieAttributes, type CookieDefaults } from './cookieOptions';
import { asScriptWritten, carriesCredential, SCRIPT_COOKIE_KEYS, withConfiguredDefaults } from './scriptCookie';

/** universal-cookie, and react-cookie, which re-exports its `Cookies` class and wraps it in `useCookies`. */
const MODULES = ['universal-cookie', 'react-cookie'];

/**
 * universal-cookie serializes with the `cookie` package and no attribute of its own: no Secure, no
 * SameSite, no path (the browser then uses the page's directory); maxAge in seconds.
 */
const UNIVERSAL_COOKIE_DEFAULTS: CookieDefaults = { httpOnly: undefined, secure: false, sameSite: undefined, maxAge: null, path: undefined };

function isCookiesClass(value: JsValue): boolean {
  if (value.kind !== 'module' || !MODULES.includes(value.module)) return false;
  return value.module === 'universal-cookie' ? value.path.length === 0 || value.path[0] === 'default' : value.path[0] === 'Cookies';
}

/** The `new Cookies(…)` a receiver holds, if it holds one. */
function jarCreation(context: AdapterContext, node: Node): Extract<JsValue, { kind: 'instance' }> | undefined {
  const value = context.resolveLocal(node);
  return value.kind === 'instance' && isCookiesClass(value.of) ? value : undefined;
}

/** `const [cookies, setCookie] = useCookies([…])` from react-cookie: the second element sets a cookie. */
function isUseCookiesSetter(context: AdapterContext, node: Node): boolean {
  const target = unwrap(node);
  if (target.type !== 'Identifier') return false;
  const binding = lookup(context.file, target.name, target);
  if (binding?.kind !== 'variable' || binding.path.length !== 1 || !binding.init) return false;
  const step = binding.path[0]!;
  if (!('index' in step) || step.index !== 1) return false;
  const init = context.resolveLocal(binding.init);
  return init.kind === 'call' && init.callee.kind === 'module' && init.callee.module === 'react-cookie' && init.callee.path[0] === 'useCookies';
}

/**
 * `new Cookies().set(name, value, options?)` (universal-cookie, react-cookie), with the default set
 * options a jar was created with (`new Cookies(null, { path: '/', secure: true })`), and react-cookie's
 * `setCookie` from `useCookies`. Only cookies that carry a credential are kept.
 */
export const universalCookieAdapter: JsAdapter = {
  name: 'universal-cookie',
  collect(context) {
    if (!context.importsAny(MODULES)) return;
    for (const call of context.file.calls) {
      const callee = unwrap(call.callee);
      let fact: CookieWriteFact | undefined;
      if (callee.type === 'MemberExpression' && memberName(callee) === 'set') {
        const jar = jarCreation(context, callee.object);
        if (jar) fact = withJarDefaults(context, universalFact(context, call), jar);
      } else if (isUseCookiesSetter(context, callee)) {
        fact = universalFact(context, call);
      }
      if (fact && carriesCredential(fact.cookie.name, call.arguments[1])) context.facts.push(withEditorLimits(asScriptWritten(fact), { keys: SCRIPT_COOKIE_KEYS }));
    }
  },
};

function universalFact(context: AdapterContext, call: TSESTree.CallExpression): CookieWriteFact {
  return cookieCallFact(context, call, { library: 'universal-cookie', defaults: UNIVERSAL_COOKIE_DEFAULTS, maxAgeUnit: 's', optionsIndex: 2, zeroMaxAgeClears: true });
}

/** Options left out at the call come from the jar's default set options (universal-cookie 7), when it has them. */
function withJarDefaults(context: AdapterContext, fact: CookieWriteFact, jar: Extract<JsValue, { kind: 'instance' }>): CookieWriteFact {
  const defaultsNode = jar.args[1];
  if (!defaultsNode) return fact;
  if (defaultsNode.type === 'SpreadElement' || jar.file !== context.file) {
    return { ...fact, cookie: withConfiguredDefaults(fact.cookie, { ...fact.cookie, secure: unknown(), sameSite: unknown(), maxAge: unknown(), domain: unknown(), path: unknown() }) };
  }
  const defaults = context.resolver.resolve(defaultsNode, context.file);
  const configured = readCookieAttributes(context.file, defaults, [], UNIVERSAL_COOKIE_DEFAULTS, rangeOfNode(defaultsNode), 's');
  return { ...fact, cookie: withConfiguredDefaults(fact.cookie, configured) };
}
