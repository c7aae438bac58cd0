import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'session-strict-mode',
  description: "Require PHP's session.use_strict_mode wherever PHP session settings are configured",
  rationale:
    'With session.use_strict_mode off (PHP\'s default) session_start() accepts any well-formed session id a client sends and starts a session under it, so an attacker can plant a known id in a victim\'s browser and ride the session after the victim logs in (session fixation). Strict mode makes PHP reject ids it did not create and issue a fresh one; the PHP manual calls it mandatory for general session security.',
  category: 'session',
  cwe: [384],
  references: [
    { title: 'PHP manual: session.use_strict_mode', url: 'https://www.php.net/manual/en/session.configuration.php#ini.session.use-strict-mode' },
    { title: 'PHP manual: Session Management Basics, non-adaptive session management', url: 'https://www.php.net/manual/en/features.session.security.management.php' },
    { title: 'OWASP Session Management Cheat Sheet: Permissive and Strict Session Management', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-id-generation-and-verification-permissive-and-strict-session-management' },
    { title: 'OWASP ASVS 4.0.3 V3.2.2', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md' },
  ],
  defaultSeverity: 'error',
  presets: { recommended: 'error', strict: 'error' },
  fixable: true,
  hasSuggestions: false,
  messages: {
    disabled:
      '{{label}} has strict mode off, so PHP accepts any client-sent session id (session fixation). Set {{option}} to 1.',
    missing:
      "{{label}} runs without strict mode (PHP's default), so any client-sent session id is accepted. Set {{option}} to 1.",
    envDependent:
      '{{label}} uses strict mode only in some environments. Set {{option}} to 1 everywhere.',
    enableStrictMode: 'Turn on strict mode (PHP then replaces session ids it did not create).',
  },
  options: {},
} as const satisfies RuleMeta;
