import type { RuleMeta } from '../../model/rule';
import { DEFAULT_SESSION_COOKIE_NAMES } from '../shared/cookies';

export const meta = {
  id: 'session-cookie-name-default',
  description: "Disallow the session library's default cookie name (connect.sid, session, sessionId, PHPSESSID, laravel_session)",
  rationale:
    'A default session cookie name such as connect.sid or PHPSESSID tells an attacker which framework and session library run the site, which narrows the search for known weaknesses. A neutral name gives nothing away; with the __Host- prefix it also protects the cookie from being overwritten by subdomains.',
  category: 'session',
  cwe: [200],
  references: [
    { title: 'OWASP Session Management Cheat Sheet: Session ID Name Fingerprinting', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-id-name-fingerprinting' },
    { title: 'OWASP ASVS 4.0.3 V14.3.3', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x22-V14-Config.md' },
    { title: 'express-session: name', url: 'https://github.com/expressjs/session#name' },
  ],
  defaultSeverity: 'info',
  presets: { recommended: 'info', strict: 'warn' },
  fixable: false,
  hasSuggestions: true,
  messages: {
    defaultName:
      "The {{library}} session cookie keeps the default name '{{name}}'. Set {{option}} to a neutral name such as '{{suggested}}'.",
    defaultNameAbsent:
      "The {{library}} session cookie uses the default name '{{name}}'. Set {{option}} to a neutral name such as '{{suggested}}'.",
    rename: "Rename the session cookie to '{{suggested}}' (everyone signed in has to sign in again once).",
  },
  options: {
    names: {
      type: 'string-array',
      description: 'Cookie names that count as fingerprintable defaults (compared without regard to case).',
      default: DEFAULT_SESSION_COOKIE_NAMES,
    },
  },
} as const satisfies RuleMeta;
