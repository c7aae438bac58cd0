import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { CookieWriteFact } from '../../../model/facts';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { cookieCallFact } from './cookieCall';
import { withEditorLimits } from './cookieFactEditing';
import type { CookieDefaults } from './cookieOptions';
import { asScriptWritten, carriesCredential, expiresEntry, SCRIPT_COOKIE_KEYS, withExpiresInDays } from './scriptCookie';

const MODULES = ['js-cookie'];

/**
 * js-cookie 2 and 3 write `document.cookie` with `{ path: '/' }` as their only default attribute: no
 * Secure, no SameSite, a browser-session cookie unless `expires` (days, or a Date) is given.
 */
const JS_COOKIE_DEFAULTS: CookieDefaults = { httpOnly: undefined, secure: false, sameSite: undefined, maxAge: null, path: '/' };

/**
 * `Cookies.set(name, value, attributes?)` from js-cookie, for cookies that carry a credential
 * (a `token` cookie, or a value named like one). `Cookies.withAttributes(…)` jars are not followed.
 */
export const jsCookieAdapter: JsAdapter = {
  name: 'js-cookie',
  collect(context) {
    for (const call of context.callsTo(MODULES, ['set'])) {
      const fact = jsCookieFact(context, call);
      if (fact) context.facts.push(fact);
    }
  },
};

function jsCookieFact(context: AdapterContext, call: TSESTree.CallExpression): CookieWriteFact | undefined {
  const fact = cookieCallFact(context, call, { library: 'js-cookie', defaults: JS_COOKIE_DEFAULTS, maxAgeUnit: 's', optionsIndex: 2, zeroMaxAgeClears: false });
  if (!carriesCredential(fact.cookie.name, call.arguments[1])) return undefined;
  const optionsNode = call.arguments[2];
  const options = optionsNode && optionsNode.type !== 'SpreadElement' ? context.resolver.resolve(optionsNode, context.file) : undefined;
  const expires = options ? expiresEntry(options) : { value: undefined, node: undefined };
  return withEditorLimits(asScriptWritten(withExpiresInDays(fact, expires.value, expires.node), 'expires'), { keys: SCRIPT_COOKIE_KEYS });
}
