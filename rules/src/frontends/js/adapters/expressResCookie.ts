import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { CookieWriteFact } from '../../../model/facts';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { cookieCallFact } from './cookieCall';
import type { CookieDefaults } from './cookieOptions';
import { responseMethodCalls } from './response';

/** Express 4/5 `res.cookie`: no HttpOnly, Secure or SameSite unless asked for; maxAge in ms; path '/'. */
const RES_COOKIE_DEFAULTS: CookieDefaults = { httpOnly: false, secure: false, sameSite: undefined, maxAge: null, path: '/' };

const METHODS: ReadonlySet<string> = new Set(['cookie', 'clearCookie']);

/**
 * `res.cookie(name, value, options?)` and `res.clearCookie(name, options?)` on an Express response
 * (a `res`/`response` parameter, or the one after `req`), including chains like `res.status(200).cookie(…)`.
 */
export const expressResCookieAdapter: JsAdapter = {
  name: 'express-res-cookie',
  collect(context) {
    for (const { call, method } of responseMethodCalls(context, METHODS)) context.facts.push(resCookieFact(context, call, method === 'clearCookie'));
  },
};

/** `res.cookie(name, value, options?)` or, when `clears`, `res.clearCookie(name, options?)` on an Express response, however it was reached. */
export function resCookieFact(context: AdapterContext, call: TSESTree.CallExpression, clears: boolean): CookieWriteFact {
  return cookieCallFact(context, call, {
    library: 'express-res-cookie',
    defaults: RES_COOKIE_DEFAULTS,
    maxAgeUnit: 'ms',
    optionsIndex: clears ? 1 : 2,
    clears,
    zeroMaxAgeClears: true,
  });
}
