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
      '{{label}} has Secure turned off, so the browser also sends it over plain HTTP, where anyone on the network can read or change it. Set {{option}} to true.',
    missing:
      '{{label}} is sent without the Secure attribute because {{library}} does not add it by default, so the browser also sends it over plain HTTP, where it can be intercepted. Set {{option}} to true.',
    envDependent:
      '{{label}} is Secure only in some environments ({{source}}), so wherever that condition is false the browser sends it over plain HTTP. Make sure every deployed environment sets {{option}} to true.',
    setSecure: 'Set {{option}} to true (the cookie is then never sent over plain HTTP, including local development without HTTPS).',
    setSecureAuto:
      "Set {{option}} to 'auto' so the cookie is Secure whenever the request came over HTTPS; behind a TLS-terminating proxy also trust the proxy ({{trustProxy}}), or the cookie is never set.",
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
