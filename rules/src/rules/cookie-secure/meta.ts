import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'cookie-secure',
  description: 'Require the Secure attribute on cookies, and on session cookies above all',
  rationale:
    'A cookie without Secure is also sent over plain HTTP, so anyone on the network path (public Wi-Fi, a proxy, a downgrade attack) can read it. For a session cookie that is a full account takeover. Secure makes the browser send the cookie over HTTPS only.',
  category: 'cookie',
  cwe: [614, 319],
  references: [
    { title: 'OWASP Session Management Cheat Sheet: Secure Attribute', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#secure-attribute' },
    { title: 'OWASP ASVS 4.0.3 V3.4.1', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md' },
    { title: 'express-session: cookie.secure', url: 'https://github.com/expressjs/session#cookiesecure' },
  ],
  defaultSeverity: 'error',
  presets: { recommended: 'error', strict: 'error' },
  fixable: false,
  hasSuggestions: true,
  messages: {
    disabled:
      '{{label}} has Secure off, so it is also sent over plain HTTP. Set {{option}} to true.',
    missing:
      '{{label}} has no Secure: {{library}} does not add it. Set {{option}} to true.',
    envDependent:
      '{{label}} is Secure only in some environments. Set {{option}} to true in every deployed environment.',
    setSecure: 'Set {{option}} to true (the cookie is then never sent over plain HTTP, including local development without HTTPS).',
    setSecureAuto:
      "Set {{option}} to 'auto' (Secure on HTTPS requests); behind a TLS-terminating proxy also trust it: {{trustProxy}}.",
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
      description: 'Also check cookies whose names do not look like session or authentication cookies (on by default: no cookie should travel over plain HTTP).',
      default: true,
    },
  },
} as const satisfies RuleMeta;
