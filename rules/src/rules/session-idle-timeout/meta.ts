import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'session-idle-timeout',
  description: 'Require an idle timeout on sessions, and disallow idle or absolute timeouts above the configured limits',
  rationale:
    'A session that never idles out stays usable on an unattended or shared computer and keeps a stolen session id valid for as long as the attacker keeps using it. The OWASP Session Management Cheat Sheet recommends idle timeouts of 2 to 5 minutes for high-value applications and 15 to 30 minutes for low-risk ones, and an absolute timeout of a few hours.',
  category: 'session',
  cwe: [613],
  references: [
    { title: 'OWASP Session Management Cheat Sheet: Idle Timeout', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#idle-timeout' },
    { title: 'OWASP Session Management Cheat Sheet: Absolute Timeout', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#absolute-timeout' },
    { title: 'OWASP ASVS 4.0.3 V3.3.2', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md' },
    { title: 'express-session: rolling', url: 'https://github.com/expressjs/session#rolling' },
  ],
  defaultSeverity: 'warn',
  presets: { recommended: 'warn', strict: 'warn' },
  // ASVS 4.0.3 V3.3.2: L1 30 days (no idle limit: the default stays); L2 12 hours or 30 minutes idle; L3 12 hours or 15 minutes idle.
  standardOptions: {
    'asvs-l1': { absoluteTimeoutHours: 720 },
    'asvs-l2': { idleTimeoutMinutes: 30, absoluteTimeoutHours: 12 },
    'asvs-l3': { idleTimeoutMinutes: 15, absoluteTimeoutHours: 12 },
  },
  fixable: false,
  hasSuggestions: true,
  messages: {
    rollingWithoutMaxAge:
      '{{library}} is rolling without {{option}}: no idle timeout. Set {{option}} to at most {{limit}}.',
    idleTooLong:
      'The {{library}} idle timeout is {{duration}}, over {{limit}}. Lower {{option}} to at most {{limit}}.',
    idleDefaultTooLong:
      'The {{library}} idle timeout defaults to {{duration}}, over {{limit}}. Set {{option}} to at most {{limit}}.',
    absoluteTooLong:
      'The {{library}} session lifetime is {{duration}}, over {{limit}}. Lower {{option}} to at most {{limit}}.',
    absoluteDefaultTooLong:
      '{{library}} sessions last {{duration}} by default, over {{limit}}. Set {{option}} to at most {{limit}}.',
    envDependent:
      '{{library}} sessions last {{duration}} in some environments. Set {{option}} to at most {{limit}} everywhere.',
    setTimeout: 'Set {{option}} to {{limit}} (inactive users are signed out after that long).',
  },
  options: {
    idleTimeoutMinutes: {
      type: 'number',
      description: 'The longest acceptable idle timeout, in minutes (OWASP: 2–5 for high-value applications, 15–30 for low-risk ones).',
      default: 30,
      minimum: 1,
    },
    absoluteTimeoutHours: {
      type: 'number',
      description: 'The longest acceptable absolute session lifetime, in hours, where a library has one (@fastify/secure-session expiry, Laravel lifetime).',
      default: 24,
      minimum: 1,
    },
  },
} as const satisfies RuleMeta;
