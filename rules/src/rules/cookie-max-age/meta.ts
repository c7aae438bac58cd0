import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'cookie-max-age',
  description: 'Disallow persistent session cookies that outlive the absolute session timeout',
  rationale:
    'A session cookie with a long Max-Age or Expires stays on disk and keeps the session usable for days or months: on a shared computer, after a stolen laptop, or long after a token leaked. The OWASP Session Management Cheat Sheet suggests absolute timeouts of a few hours (4 to 8 for most applications); a browser-session cookie (no Max-Age) or a short lifetime limits the damage.',
  category: 'cookie',
  cwe: [613],
  references: [
    { title: 'OWASP Session Management Cheat Sheet: Expire and Max-Age Attributes', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#expire-and-max-age-attributes' },
    { title: 'OWASP Session Management Cheat Sheet: Absolute Timeout', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#absolute-timeout' },
    { title: 'OWASP ASVS 4.0.3 V3.3.2', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md' },
  ],
  defaultSeverity: 'warn',
  presets: { recommended: 'warn', strict: 'warn' },
  // ASVS 4.0.3 V3.3.2: re-authentication at least every 30 days (L1) or 12 hours (L2, L3).
  standardOptions: { 'asvs-l1': { maxAgeHours: 720 }, 'asvs-l2': { maxAgeHours: 12 }, 'asvs-l3': { maxAgeHours: 12 } },
  fixable: false,
  hasSuggestions: true,
  messages: {
    tooLong:
      '{{label}} lasts {{duration}}, over the {{limit}} session limit. Lower {{option}} to at most {{limit}}.',
    defaultTooLong:
      '{{label}} lasts {{duration}} (the default), over {{limit}}. Set {{option}} to at most {{limit}}.',
    envDependent:
      '{{label}} lasts {{duration}} in some environments, over {{limit}}. Lower {{option}} to at most {{limit}}.',
    lowerMaxAge: 'Set {{option}} to {{limit}} (users with older sessions have to sign in again sooner).',
    persistent:
      '{{label}} is persistent: it stays in the browser for {{duration}}, also after the browser is closed, so the next user of a shared computer gets the session. Set {{option}} to 0 for a cookie that ends with the browser session.',
    browserSession: 'Set {{option}} to 0, a cookie that ends with the browser session (users are signed out when they close the browser).',
  },
  options: {
    maxAgeHours: {
      type: 'number',
      description: 'The longest lifetime, in hours, a session or authentication cookie may have (the absolute session timeout).',
      default: 24,
      minimum: 0,
    },
    persistentSession: {
      type: 'boolean',
      description:
        'Also report PHP session cookies that outlive the browser session at all (session.cookie_lifetime other than 0), within maxAgeHours too: the OWASP cheat sheet recommends non-persistent session cookies.',
      default: false,
    },
  },
} as const satisfies RuleMeta;
