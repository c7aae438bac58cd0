import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'cookie-samesite',
  description: 'Require a valid SameSite attribute on cookies, and Secure on SameSite=None cookies',
  rationale:
    'SameSite tells the browser not to attach a cookie to requests started by other sites, which blocks most cross-site request forgery and cross-site leaks. Without it the behaviour depends on the browser (Chrome defaults to Lax, others do not). SameSite=None sends the cookie on every cross-site request and browsers reject it unless it is also Secure.',
  category: 'cookie',
  cwe: [1275, 352],
  references: [
    { title: 'OWASP Session Management Cheat Sheet: SameSite Attribute', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#samesite-attribute' },
    { title: 'OWASP CSRF Prevention Cheat Sheet: SameSite Cookie Attribute', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html#samesite-cookie-attribute' },
    { title: 'OWASP ASVS 4.0.3 V3.4.3', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md' },
    { title: 'RFC 6265bis: The SameSite Attribute', url: 'https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#name-the-samesite-attribute-2' },
  ],
  defaultSeverity: 'error',
  presets: { recommended: 'error', strict: 'error' },
  fixable: false,
  hasSuggestions: true,
  messages: {
    missing:
      "{{label}} has no SameSite: {{library}} does not add one. Set {{option}} to 'lax'.",
    disabled:
      "{{label}} has SameSite off, so cross-site requests carry it. Set {{option}} to 'lax' or 'strict'.",
    invalid:
      "{{label}} has SameSite '{{value}}', which browsers ignore. Set {{option}} to 'lax' or 'strict'.",
    noneWithoutSecure:
      '{{label}} has SameSite=None without Secure, so browsers reject it. Set {{secureOption}} to true, or use Lax.',
    envDependent:
      '{{label}} lacks a valid SameSite in some environments. Set {{option}} to one valid value everywhere.',
    noneWithoutSecureEnv:
      '{{label}} has SameSite=None but is not Secure in every environment. Set {{secureOption}} to true everywhere.',
    setLax: "Set {{option}} to 'lax'.",
    setStrict: "Set {{option}} to 'strict' (the cookie is then not sent when the user follows a link from another site).",
    setSecure: 'Set {{secureOption}} to true so the SameSite=None cookie is accepted and never sent over plain HTTP.',
  },
  presetOptions: { strict: { scriptPreferenceCookies: true } },
  options: {
    scriptPreferenceCookies: {
      type: 'boolean',
      description: "Also check cookies that browser script writes (document.cookie) whose names do not look like session or credential cookies: preferences such as 'theme' or 'lang' (off by default, on in the strict preset).",
      default: false,
    },
    checkAllCookies: {
      type: 'boolean',
      description: 'Also check cookies whose names do not look like session or authentication cookies (on by default).',
      default: true,
    },
  },
} as const satisfies RuleMeta;
