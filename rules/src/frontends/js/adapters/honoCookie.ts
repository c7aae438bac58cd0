import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { OptionKey } from '../../../model/edit';
import type { CookieWriteFact } from '../../../model/facts';
import { known } from '../../../model/value';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { asString, entryAt, fromJsValue, rangeOfNode } from '../optionValues';
import { cookieCallFact } from './cookieCall';
import { withEditorLimits } from './cookieFactEditing';
import type { CookieDefaults } from './cookieOptions';
import { withoutContextArgument } from './leadingArgument';

/** npm, and JSR for Deno and Bun (`jsr:@hono/hono/cookie`, mapped to `@hono/hono/cookie` in deno.json). */
const MODULES = ['hono/cookie', '@hono/hono/cookie', 'jsr:@hono/hono/cookie'];

/**
 * Hono's cookie helper serializes with `{ path: '/', ...options }`: no HttpOnly, Secure or SameSite
 * unless asked for; maxAge in seconds.
 */
const HONO_DEFAULTS: CookieDefaults = { httpOnly: false, secure: false, sameSite: undefined, maxAge: null, path: '/' };

/** Hono types SameSite as `'Strict' | 'Lax' | 'None'`. */
const LIMITS = { keys: new Set<OptionKey>(['name', 'httpOnly', 'secure', 'sameSite', 'maxAge', 'domain', 'path']), capitalisedSameSite: true };

/**
 * `setCookie(c, name, value, options?)` and `setSignedCookie(c, name, value, secret, options?)` from
 * 'hono/cookie'. `deleteCookie` is a deletion and is left alone.
 */
export const honoCookieAdapter: JsAdapter = {
  name: 'hono-cookie',
  collect(context) {
    if (!context.importsAny(MODULES)) return;
    for (const call of context.callsTo(MODULES, ['setCookie'])) context.facts.push(honoFact(context, call, 2));
    for (const call of context.callsTo(MODULES, ['setSignedCookie'])) context.facts.push(honoFact(context, call, 3));
  },
};

function honoFact(context: AdapterContext, call: TSESTree.CallExpression, optionsIndex: number): CookieWriteFact {
  const fact = cookieCallFact(context, withoutContextArgument(call), { library: 'hono', defaults: HONO_DEFAULTS, maxAgeUnit: 's', optionsIndex, zeroMaxAgeClears: true });
  return withEditorLimits(withPrefix(context, call, optionsIndex + 1, fact), LIMITS);
}

/** `prefix: 'secure'` or `'host'` names the cookie `__Secure-…`/`__Host-…` and makes it Secure whatever `secure` says. */
function withPrefix(context: AdapterContext, call: TSESTree.CallExpression, optionsIndex: number, fact: CookieWriteFact): CookieWriteFact {
  const optionsNode = call.arguments[optionsIndex];
  if (!optionsNode || optionsNode.type === 'SpreadElement') return fact;
  const options = context.resolver.resolve(optionsNode, context.file);
  if (options.kind !== 'object') return fact;
  const { entry } = entryAt(options, ['prefix']);
  if (!entry) return fact;
  const range = entry.property && entry.file === context.file ? rangeOfNode(entry.property) : rangeOfNode(optionsNode);
  const prefix = fromJsValue(context.file, entry.value, asString, undefined, range);
  if (prefix.kind !== 'known' || (prefix.value !== 'secure' && prefix.value !== 'host')) return fact;
  const cookie = { ...fact.cookie, secure: known(true, prefix.range, prefix.optionRange, prefix.file) };
  return { ...fact, cookie: prefix.value === 'host' ? { ...cookie, path: known('/', prefix.range), domain: { kind: 'absent', default: undefined } } : cookie };
}
