import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'session-regenerate-on-login',
  description: 'Require a new session id when a user logs in',
  rationale:
    'If the session id is not renewed when a user logs in, an attacker who planted or learned the id before login (session fixation) is logged in as that user afterwards. Renew the id before the user identity is written into the session: req.session.regenerate() in Express, await request.session.regenerate() in Fastify, session_regenerate_id(true) in PHP, $request->session()->regenerate() in Laravel. passport 0.6 and later renew the session in req.login() themselves.',
  category: 'lifecycle',
  cwe: [384],
  references: [
    { title: 'OWASP Session Management Cheat Sheet: Renew the Session ID After Any Privilege Level Change', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#renew-the-session-id-after-any-privilege-level-change' },
    { title: 'OWASP ASVS 4.0.3 V3.2.1', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md' },
  ],
  defaultSeverity: 'error',
  presets: { recommended: 'error', strict: 'error' },
  fixable: true,
  hasSuggestions: true,
  messages: {
    missing:
      'This login handler ({{evidence}}) writes the user into the session without renewing the session id first, so an attacker who fixed the id before login takes over the logged-in session. Renew the session ({{renew}}) before writing the user into it.',
    late:
      'This login handler renews the session only after the user is written into it (or outside the renewal callback, or after the session was already saved), so the identity lands in the old, possibly attacker-known session. Write the user into the session once {{renew}} has completed: inside its callback or after awaiting it (in PHP, without session_write_close() in between).',
    incomplete:
      'session_regenerate_id() without true keeps the old session alive on the server, so an attacker holding the old id can still use it. Call session_regenerate_id(true) before writing the user into $_SESSION.',
    passportOld:
      'This route logs users in with passport older than 0.6, which does not renew the session id on login, so a fixed session id survives the login. Upgrade passport to 0.6 or later, or call req.session.regenerate() before req.logIn().',
    renewSession: 'Renew the session id before the user is written into the session.',
    strategyNone: "session_fixation_strategy: none keeps the session id across login; use 'migrate' (the default) or 'invalidate'.",
    useMigrate: "Set session_fixation_strategy to 'migrate' (Symfony's default).",
  },
  options: {
    loginHelpers: {
      type: 'string-array',
      description: 'Names of your own helper functions that log a user in and renew the session (their calls count as renewal).',
      default: [],
    },
  },
} as const satisfies RuleMeta;
