import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'session-id-in-url',
  description: 'Disallow PHP session settings that put the session id into URLs',
  rationale:
    'A session id in a URL leaks through browser history, bookmarks, proxy and server logs, the Referer header sent to other sites and links users copy and share, and it lets an attacker hand a victim a link with a session id of the attacker\'s choosing (session fixation). PHP puts the id into URLs when session.use_trans_sid is on, and accepts it from URLs when session.use_only_cookies is off or session.use_cookies is off.',
  category: 'session',
  cwe: [598, 384],
  references: [
    { title: 'PHP manual: Session Management Basics, session ID in URLs', url: 'https://www.php.net/manual/en/features.session.security.management.php' },
    { title: 'PHP manual: session.use_only_cookies and session.use_trans_sid', url: 'https://www.php.net/manual/en/session.configuration.php#ini.session.use-only-cookies' },
    { title: 'OWASP Session Management Cheat Sheet: Session ID Exchange Mechanism', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-id-exchange-mechanism' },
    { title: 'OWASP ASVS 4.0.3 V3.1.1', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md' },
  ],
  defaultSeverity: 'error',
  presets: { recommended: 'error', strict: 'error' },
  fixable: true,
  hasSuggestions: true,
  messages: {
    transSid:
      '{{label}} puts the session id in URLs ({{option}} is on), where it leaks. Set {{option}} to 0.',
    notOnlyCookies:
      '{{label}} accepts session ids from URLs (session fixation). Set {{option}} to 1.',
    noCookies:
      '{{label}} does not use cookies for the session id, so it travels in URLs. Set {{option}} to 1.',
    envDependent:
      '{{label}} puts or accepts the session id in URLs in some environments. Set {{option}} to {{secure}} everywhere.',
    disableTransSid: 'Turn off transparent session ids (links no longer carry the session id).',
    onlyCookies: 'Accept the session id only from the cookie.',
    useCookies: 'Send the session id in a cookie (clients without cookies can no longer keep a session).',
  },
  options: {},
} as const satisfies RuleMeta;
