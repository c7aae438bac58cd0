import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'cookie-domain',
  description: 'Disallow a Domain attribute on session cookies, which shares them with every subdomain',
  rationale:
    'A cookie without Domain is host-only: the browser sends it back to the exact host that set it. Setting Domain (with or without a leading dot) widens it to every subdomain, so any subdomain that is compromised, hosts user content or is taken over through a dangling DNS record can read the session cookie or plant its own (cookie tossing).',
  category: 'cookie',
  cwe: [200, 565],
  references: [
    { title: 'OWASP Session Management Cheat Sheet: Domain and Path Attributes', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#domain-and-path-attributes' },
    { title: 'OWASP ASVS 4.0.3 V3.4.4', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md' },
    { title: 'RFC 6265 section 5.2.3: The Domain Attribute', url: 'https://www.rfc-editor.org/rfc/rfc6265#section-5.2.3' },
  ],
  defaultSeverity: 'warn',
  presets: { recommended: 'warn', strict: 'warn' },
  fixable: false,
  hasSuggestions: true,
  messages: {
    leadingDot:
      '{{label}} is sent to all subdomains of {{parent}}. Remove {{option}} to keep it host-only.',
    domainSet:
      '{{label}} is sent to all subdomains of {{parent}}. Remove {{option}} to keep it host-only.',
    envDependent:
      '{{label}} is sent to all subdomains in some environments. Remove {{option}} unless they need it.',
    removeDomain: 'Remove {{option}} so the cookie is host-only (subdomains no longer receive it).',
  },
  options: {
    allowedDomains: {
      type: 'string-array',
      description: "Domains that may be set on purpose (a single sign-on cookie shared with 'app.example.com'); compared without a leading dot.",
      default: [],
    },
    checkAllCookies: {
      type: 'boolean',
      description: 'Also check cookies whose names do not look like session or authentication cookies.',
      default: false,
    },
  },
} as const satisfies RuleMeta;
