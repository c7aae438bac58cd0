import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'cookie-host-prefix',
  description: 'Require the __Host- (or __Secure-) name prefix on session cookies',
  rationale:
    'A cookie named __Host-… is only accepted by the browser when it is Secure, has Path=/ and no Domain, so a subdomain, a plain-HTTP page or a man-in-the-middle cannot plant or overwrite it (cookie tossing, session fixation through a sibling domain). __Secure-… guarantees at least that the cookie was set over HTTPS. The prefix costs nothing for a session cookie that is already host-only and Secure.',
  category: 'cookie',
  cwe: [565, 384],
  references: [
    { title: 'OWASP Session Management Cheat Sheet: Cookies', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#cookies' },
    { title: 'OWASP ASVS 4.0.3 V3.4.4', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md' },
    { title: 'MDN: Set-Cookie cookie prefixes', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie#cookie_prefixes' },
  ],
  defaultSeverity: 'warn',
  presets: { recommended: 'off', strict: 'warn' },
  fixable: false,
  hasSuggestions: true,
  messages: {
    missingPrefix:
      "{{label}} has no __Host- prefix. Use '{{suggested}}' so subdomains cannot set it.",
    hostRequirements:
      '{{label}} is refused by browsers: {{problems}}. __Host- needs Secure, Path=/, no Domain.',
    secureRequirements:
      '{{label}} is refused by browsers: __Secure- needs Secure. Set {{secureOption}} to true.',
    renameWithHostPrefix: "Rename the cookie to '{{suggested}}' and make it Secure with Path=/ and no Domain (existing sessions end once).",
    fixHostRequirements: 'Make the cookie Secure with Path=/ and no Domain, as the __Host- prefix requires.',
  },
  options: {
    allowSecurePrefix: {
      type: 'boolean',
      description: 'Accept __Secure- as well as __Host- (for session cookies that must be shared with subdomains).',
      default: true,
    },
  },
} as const satisfies RuleMeta;
