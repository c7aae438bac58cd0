import { createRule } from '../../model/rule';
import { cookieTargets, isCsrfTokenCookieName, libraryLabel, reportRange, type CookieTarget } from '../shared/cookies';
import { insecureValue } from '../shared/values';
import { meta } from './meta';

const MESSAGE = { known: 'disabled', absent: 'missing', env: 'envDependent' } as const;

export default createRule({
  meta,
  check(context) {
    for (const target of cookieTargets(context.facts)) {
      const value = target.cookie.httpOnly;
      // `httpOnly: false` written out says script reads the cookie: strict asks why, whatever its name.
      const turnedOff = context.options.explicitlyDisabled && value.kind === 'known' && value.value === false;
      if (!target.sessionLike && !context.options.checkAllCookies && !turnedOff) continue;
      if (isDoubleSubmitToken(target)) continue;
      const verdict = insecureValue(value, (v) => v === false);
      if (!verdict) continue;
      const { fact } = target;
      const data = { label: target.label, option: fact.optionName('httpOnly'), library: libraryLabel(fact.library) };
      const range = reportRange(fact, value);
      if (fact.library === 'document-cookie') {
        // Browsers drop a document.cookie write that asks for HttpOnly: there is nothing to fix in place.
        context.report({ messageId: 'scriptWritten', data, range });
        continue;
      }
      const addHttpOnly = { messageId: 'addHttpOnly', edits: fact.editor?.setOption('httpOnly', { type: 'boolean', value: true }) };
      // A session library's own cookie (or another library's, csurf's secret) is read by the library
      // alone, so HttpOnly keeps behaviour (a fix). Any other cookie may be read or deleted by the
      // app's front end (a logout that clears `token` from script), which HttpOnly would break: a
      // person decides (a suggestion).
      const libraryOwned = fact.kind === 'session-config' || fact.libraryOwned === true;
      const edit = libraryOwned ? { fix: addHttpOnly } : { suggestions: [addHttpOnly] };
      if (verdict.state === 'env') context.report({ messageId: MESSAGE.env, data: { ...data, source: verdict.source }, range, ...edit, envDependent: true });
      else context.report({ messageId: MESSAGE[verdict.state], data, range, ...edit });
    }
  },
});

/** A CSRF token cookie the app writes for its script to read (double submit), not a library's own secret. */
function isDoubleSubmitToken(target: CookieTarget): boolean {
  const { fact } = target;
  if (fact.kind !== 'cookie-write' || fact.libraryOwned === true) return false;
  const name = fact.cookie.name;
  // One name, or one per environment (outline: `__Host-csrfToken` over HTTPS, `csrfToken` otherwise).
  const names = name.kind === 'known' ? [name.value] : name.kind === 'env' ? name.candidates : [];
  return names.length > 0 && names.every(isCsrfTokenCookieName);
}
