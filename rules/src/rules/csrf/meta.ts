import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'csrf',
  description: 'Require CSRF protection for state-changing routes of cookie-session apps',
  rationale:
    'Browsers send session cookies with requests that other sites trigger, so without a CSRF defence any page a logged-in user visits can post forms to your state-changing routes in their name. Use a CSRF token library (csrf-csrf, csrf-sync, lusca, tiny-csrf, @fastify/csrf-protection), check a token yourself, or set SameSite=Lax or Strict on the session cookie so browsers withhold it from cross-site POST, PUT, PATCH and DELETE requests. Framework protections (Laravel VerifyCsrfToken, Symfony csrf_protection) must stay on.',
  category: 'lifecycle',
  cwe: [352],
  references: [
    { title: 'OWASP Cross-Site Request Forgery Prevention Cheat Sheet', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html' },
    { title: 'OWASP ASVS 4.0.3 V4.2.2', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V4-Access-Control.md' },
  ],
  defaultSeverity: 'warn',
  presets: { recommended: 'warn', strict: 'error' },
  fixable: false,
  hasSuggestions: false,
  messages: {
    unprotected:
      'No CSRF defence on {{routes}}. Check a CSRF token, or set SameSite=Lax on the session cookie.',
    disabled:
      'CSRF protection is bypassed: {{reason}}.',
  },
  options: {},
} as const satisfies RuleMeta;
