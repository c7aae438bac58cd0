import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'jwt-expiry',
  description: 'Require JWTs to expire within a bounded lifetime and verifiers to check expiry',
  rationale:
    'A JWT is valid wherever its signature checks out, and it cannot be revoked without extra machinery: a token without an `exp` claim, or one that lives for weeks, works for an attacker for as long as it lives once it leaks from a log, a browser or a proxy. A verifier that ignores `exp` turns every token it ever accepted into a permanent one. Short-lived access tokens (minutes) with a refresh flow limit the damage (OWASP ASVS V3.5, RFC 8725).',
  category: 'jwt',
  cwe: [613],
  references: [
    { title: 'OWASP JSON Web Token Cheat Sheet: Token Sidejacking and Token Explicit Revocation', url: 'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html#token-explicit-revocation-by-the-user' },
    { title: 'OWASP Session Management Cheat Sheet: Absolute Timeout', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#absolute-timeout' },
    { title: 'OWASP ASVS 4.0.3 V3.3 and V3.5', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md' },
    { title: 'RFC 7519 §4.1.4: "exp" (Expiration Time) Claim', url: 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4' },
  ],
  defaultSeverity: 'warn',
  presets: { recommended: 'warn', strict: 'error' },
  // ASVS 4.0.3 V3.3.2: a token is a session that lasts until it expires; re-authentication at least every 30 days (L1) or 12 hours (L2, L3).
  standardOptions: { 'asvs-l1': { maxHours: 720 }, 'asvs-l2': { maxHours: 12 }, 'asvs-l3': { maxHours: 12 } },
  fixable: false,
  hasSuggestions: true,
  messages: {
    noExpiry:
      "This {{library}} token never expires. Set {{option}} to a short lifetime such as '15m'.",
    noDefaultExpiry:
      "Tokens signed through this {{library}} registration have no default expiry. Set {{option}}, e.g. to '15m'.",
    tooLong:
      'This {{library}} token lasts {{duration}}, over the {{limit}} limit. Lower {{option}} to at most {{limit}}.',
    envDependent:
      'This {{library}} token lasts {{duration}} in some environments, over {{limit}}. Lower {{option}} to at most {{limit}}.',
    ignoreExpiration:
      'This {{library}} verifier accepts expired tokens. Remove {{option}}.',
    ignoreExpirationEnv:
      'This {{library}} verifier accepts expired tokens in some environments. Remove {{option}}.',
    setExpiry: "Set {{option}} to '15m' (clients must renew tokens after 15 minutes).",
    removeIgnoreExpiration: 'Remove {{option}} so expired tokens are rejected.',
  },
  options: {
    maxHours: {
      type: 'number',
      description: 'The longest lifetime, in hours, a signed token may have.',
      default: 24,
      minimum: 0,
    },
  },
} as const satisfies RuleMeta;
