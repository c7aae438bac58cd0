import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'session-genid-weak',
  description: 'Disallow session id generators built from predictable values (Math.random, timestamps, counters, uuid v1)',
  rationale:
    'The session id is the only thing standing between an attacker and a signed-in session. Math.random is not a cryptographic generator (its state can be recovered from a few outputs), timestamps and counters can be enumerated, and uuid v1 is made of a timestamp and a MAC address. Session libraries already generate ids from a cryptographic source (express-session: 24 random bytes); a custom genid should only add structure around crypto.randomUUID() or crypto.randomBytes().',
  category: 'session',
  cwe: [330, 338],
  references: [
    { title: 'OWASP Session Management Cheat Sheet: Session ID Entropy', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-id-entropy' },
    { title: 'OWASP ASVS 4.0.3 V3.2.2 and V3.2.4', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md' },
    { title: 'express-session: genid', url: 'https://github.com/expressjs/session#genid' },
  ],
  defaultSeverity: 'error',
  presets: { recommended: 'error', strict: 'error' },
  fixable: false,
  hasSuggestions: true,
  messages: {
    weakGenerator:
      'The {{library}} session id generator uses {{sources}} (guessable). Remove {{option}} or use crypto.randomBytes(32).',
    envDependent:
      'The {{library}} session id generator uses {{sources}} in some environments. Use crypto.randomUUID() everywhere.',
    weakSessionId:
      '{{option}} is given a guessable id from {{sources}}. Let PHP generate it (session_create_id()).',
    removeGenid: "Remove {{option}} so that {{library}} generates ids from a cryptographic source (custom id formats are lost).",
  },
  options: {},
} as const satisfies RuleMeta;
