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
      'This login ({{evidence}}) keeps the old session id. Call {{renew}} before storing the user.',
    late:
      'This login renews the session only after storing the user in it. Store the user once {{renew}} has completed.',
    incomplete:
      'session_regenerate_id() without true keeps the old session alive. Call session_regenerate_id(true) before storing the user.',
    passportOld:
      'Passport before 0.6 does not renew the session id on login. Upgrade to 0.6+ or call req.session.regenerate() before req.logIn().',
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
