import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'jwt-secret',
  description: 'Disallow hardcoded, fallback and weak keys for signing and verifying JWTs',
  rationale:
    'Whoever knows the key that signs a JWT can mint a valid token for any user, with any role, that every service trusting the key accepts. A key written in the source is known to everyone who can read the repository, its history, a container image or a leaked copy; a `process.env.JWT_SECRET || "dev"` fallback silently ships that value when the variable is missing; and a short or patterned HMAC secret can be brute-forced offline from one captured token (RFC 8725 §3.5).',
  category: 'jwt',
  cwe: [798, 321],
  references: [
    { title: 'RFC 8725 JSON Web Token Best Current Practices §3.5: Ensure Cryptographic Keys Have Sufficient Entropy', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.5' },
    { title: 'OWASP Secrets Management Cheat Sheet', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html' },
    { title: 'OWASP JSON Web Token Cheat Sheet: Weak Token Secret', url: 'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html#weak-token-secret' },
    { title: 'OWASP ASVS 4.0.3 V3.5.3 and V6.4.1', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md' },
  ],
  defaultSeverity: 'error',
  presets: { recommended: 'error', strict: 'error' },
  fixable: false,
  hasSuggestions: true,
  messages: {
    hardcoded:
      'The {{library}} JWT key ({{option}}) is hard-coded. Load it from the environment or a secret manager.',
    weak:
      'The {{library}} JWT key is weak: {{reason}}. Load {{minLength}}+ random characters from the environment.',
    privateKey:
      'A JWT private key ({{library}} {{option}}) is hard-coded. Load it from a file, the environment or a secret manager.',
    fallback:
      'The {{library}} JWT key has a hard-coded fallback for {{source}}. Remove it and fail at start-up.',
    conditional:
      'The {{library}} JWT key is hard-coded in some environments. Read it from the environment everywhere.',
    moveToEnv: 'Read the key from process.env.{{envName}} and throw at start-up when it is not set.',
  },
  options: {
    minLength: {
      type: 'number',
      description: 'The shortest acceptable HMAC secret, in characters (32 random characters give 128 bits or more; HS256 wants at least 256 bits of key).',
      default: 32,
      minimum: 1,
    },
    minEntropyBits: {
      type: 'number',
      description: 'The lowest estimated entropy, in bits, of a written HMAC secret (length × the information per character, whichever of two estimates is lower).',
      default: 96,
      minimum: 0,
    },
  },
} as const satisfies RuleMeta;
