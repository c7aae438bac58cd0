import type { CookieWriteFact, LibraryId } from '../../../model/facts';
import { cookieStringEditor, cookieStringOptionName } from './cookieStringEditor';
import { readCookieString } from './cookieStringValues';
import type { BuiltString } from './stringParts';

/**
 * A cookie write from a cookie string (a Set-Cookie header value, a `document.cookie` write).
 * Scripts cannot set HttpOnly, so for `document.cookie` it is unknown and rules stay silent on it.
 */
export function cookieStringFact(library: LibraryId, built: BuiltString, httpOnly: 'absent' | 'unknown'): CookieWriteFact {
  const reading = readCookieString(built, httpOnly);
  return {
    kind: 'cookie-write',
    library,
    range: built.range,
    optionsRange: built.range,
    cookie: reading.cookie,
    clearing: reading.clearing,
    optionName: cookieStringOptionName,
    editor: cookieStringEditor(built, reading.tokens, httpOnly === 'absent'),
  };
}
