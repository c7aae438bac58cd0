import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'jwt-storage',
  description: 'Disallow storing tokens and session ids in localStorage or sessionStorage',
  rationale:
    'Everything in localStorage and sessionStorage is readable by every script that runs on the page: one cross-site scripting bug, one compromised npm package or analytics snippet, and the token leaves the browser and can be replayed from anywhere until it expires. Unlike an HttpOnly cookie, Web Storage offers no protection at all (OWASP HTML5 Security Cheat Sheet). Keep session tokens in HttpOnly, Secure, SameSite cookies set by the server, or only in memory.',
  category: 'jwt',
  cwe: [922],
  references: [
    { title: 'OWASP HTML5 Security Cheat Sheet: Local Storage', url: 'https://cheatsheetseries.owasp.org/cheatsheets/HTML5_Security_Cheat_Sheet.html#local-storage' },
    { title: 'OWASP JSON Web Token Cheat Sheet: Token Storage on Client Side', url: 'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html#token-storage-on-client-side' },
    { title: 'OWASP ASVS 4.0.3 V3.2.3 and V8.2.2', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md' },
  ],
  defaultSeverity: 'warn',
  presets: { recommended: 'warn', strict: 'error' },
  fixable: false,
  hasSuggestions: false,
  messages: {
    tokenByName:
      'A token is stored in {{storage}} ({{key}}), where any script can read it. Keep it in an HttpOnly cookie or in memory.',
    loginResponse:
      '{{storage}} keeps the response of {{origin}}, which may hold a token; use an HttpOnly cookie.',
  },
  options: {
    checkSessionStorage: {
      type: 'boolean',
      description: 'Also report writes to sessionStorage (readable by scripts just like localStorage, only shorter-lived).',
      default: true,
    },
  },
} as const satisfies RuleMeta;
