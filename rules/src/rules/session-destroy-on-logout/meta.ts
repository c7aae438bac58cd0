import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'session-destroy-on-logout',
  description: 'Require logout to end the server-side session',
  rationale:
    'A logout that only deletes a key from the session or clears the cookie leaves the session valid on the server: anyone who copied the session id (from a shared computer, a log or an XSS) can keep using it. Logout must invalidate the session itself: req.session.destroy() (express-session), req.session = null (cookie-session), request.session.destroy() (Fastify), session_destroy() plus clearing the cookie (PHP), $request->session()->invalidate() (Laravel). passport 0.6 and later end the session in req.logout().',
  category: 'lifecycle',
  cwe: [613],
  references: [
    { title: 'OWASP Session Management Cheat Sheet: Manual Session Expiration', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#manual-session-expiration' },
    { title: 'OWASP ASVS 4.0.3 V3.3.1', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md' },
  ],
  defaultSeverity: 'error',
  presets: { recommended: 'error', strict: 'error' },
  fixable: false,
  hasSuggestions: true,
  messages: {
    partial:
      'This logout clears only part of the session; it stays valid on the server. End it with {{destroy}}.',
    cookieKept:
      "This logout destroys the session but leaves its cookie. Also expire it: setcookie(session_name(), '', time() - 42000, …).",
    keptBySetting: 'invalidate_session: false keeps the session valid after logout. Remove it (Symfony invalidates the session by default).',
    useInvalidate: 'Set invalidate_session to true (Symfony\'s default).',
    throws: 'Passport 0.6+ throws on req.logout() without a callback, so the session stays valid. Pass one: req.logout((err) => { … }).',
    missing:
      'This logout never ends the server-side session. End it with {{destroy}}.',
    destroySession: 'End the session and clear its cookie.',
  },
  options: {
    logoutHelpers: {
      type: 'string-array',
      description: 'Names of your own helper functions that end the session (a logout handler that calls one counts as destroying it).',
      default: [],
    },
  },
} as const satisfies RuleMeta;
