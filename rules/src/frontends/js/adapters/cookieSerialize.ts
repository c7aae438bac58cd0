import type { JsAdapter } from '../adapterContext';
import { cookieCallFact } from './cookieCall';
import type { CookieDefaults } from './cookieOptions';
import { feedsRequestCookieHeader } from './requestCookieHeader';

const MODULES = ['cookie'];

/** The `cookie` package writes only what it is given: no HttpOnly, Secure, SameSite or Path by default. */
const DEFAULTS: CookieDefaults = { httpOnly: false, secure: false, sameSite: undefined, maxAge: null, path: undefined };

/**
 * `cookie.serialize(name, value, options?)` (or a named `serialize` import): maxAge in seconds there.
 * A string built for a `Cookie:` request header is not a cookie write.
 */
export const cookieSerializeAdapter: JsAdapter = {
  name: 'cookie-serialize',
  collect(context) {
    for (const call of context.callsTo(MODULES, ['serialize'])) {
      if (feedsRequestCookieHeader(context.file, call)) continue;
      context.facts.push(cookieCallFact(context, call, { library: 'cookie', defaults: DEFAULTS, maxAgeUnit: 's', optionsIndex: 2, zeroMaxAgeClears: true }));
    }
  },
};
