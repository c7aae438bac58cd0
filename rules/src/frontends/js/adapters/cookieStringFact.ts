import type { CookieWriteFact, LibraryId } from '../../../model/facts';
import { cookieStringEditor, cookieStringOptionName } from './cookieStringEditor';
import { readCookieString } from './cookieStringValues';
import type { BuiltString } from './stringParts';

/**
 * A cookie write from a cookie string (a Set-Cookie header value, a `document.cookie` write).
 * Scripts cannot set HttpOnly (a `document.cookie` write asking for it is dropped), so a script-written
 * cookie is never HttpOnly: its httpOnly is absent with default false either way, but with `'script'`
 * the editor offers no edit for it.
 */
export function cookieStringFact(library: LibraryId, built: BuiltString, httpOnly: 'absent' | 'script'): CookieWriteFact {
  const reading = readCookieString(built);
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
