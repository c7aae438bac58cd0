import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'cookie-httponly',
  description: 'Require the HttpOnly attribute on session and authentication cookies',
  rationale:
    'A cookie without HttpOnly can be read by any script running in the page, so a single cross-site scripting bug hands the session to an attacker. Session and authentication cookies are never needed by client-side code and should always be HttpOnly.',
  category: 'cookie',
  cwe: [1004],
  references: [
    { title: 'OWASP Session Management Cheat Sheet: HttpOnly Attribute', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#httponly-attribute' },
    { title: 'OWASP ASVS 4.0.3 V3.4.2', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md' },
  ],
  defaultSeverity: 'error',
  presets: { recommended: 'error', strict: 'error' },
  presetOptions: { strict: { explicitlyDisabled: true } },
  fixable: true,
  hasSuggestions: true,
  messages: {
    disabled:
      '{{label}} has HttpOnly off, so any script (XSS) can read it. Set {{option}} to true.',
    missing:
      '{{label}} has no HttpOnly: {{library}} does not add it. Set {{option}} to true.',
    envDependent:
      '{{label}} is HttpOnly only in some environments. Set {{option}} to true everywhere.',
    scriptWritten:
      '{{label}} is written by script (document.cookie), so it cannot be HttpOnly. Set it from the server instead.',
    addHttpOnly: 'Set HttpOnly on the cookie.',
  },
  options: {
    checkAllCookies: {
      type: 'boolean',
      description: 'Also check cookies whose names do not look like session or authentication cookies.',
      default: false,
    },
    explicitlyDisabled: {
      type: 'boolean',
      description: 'Also report cookies of any name whose HttpOnly is turned off in the code (`httpOnly: false`): on in the strict preset.',
      default: false,
    },
  },
} as const satisfies RuleMeta;
