import type { CookieWriteFact } from '../../../model/facts';
import { known } from '../../../model/value';
import type { CookieDefaults } from './cookieOptions';
import { SCRIPT_COOKIE_KEYS } from './scriptCookie';

/**
 * ngx-cookie-service writes `document.cookie` with `sameSite=Lax` unless told otherwise, no Secure
 * and no path (the page's directory); `expires` in days or a Date.
 */
export const NGX_DEFAULTS: CookieDefaults = { httpOnly: undefined, secure: false, sameSite: 'lax', maxAge: null, path: undefined };

/** ngx-cookie-service types SameSite as `'Lax' | 'None' | 'Strict'`. */
export const NGX_EDITOR_LIMITS = { keys: SCRIPT_COOKIE_KEYS, capitalisedSameSite: true };

/** `secure: false` with `sameSite: 'None'` is turned into Secure by the library (with a console warning). */
export function noneForcesSecure(fact: CookieWriteFact): CookieWriteFact {
  const { secure, sameSite } = fact.cookie;
  if (secure.kind !== 'known' || secure.value !== false || sameSite.kind !== 'known' || sameSite.value !== 'none') return fact;
  return { ...fact, cookie: { ...fact.cookie, secure: known(true, sameSite.range, sameSite.optionRange, sameSite.file) } };
}
