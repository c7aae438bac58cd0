import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'session-secret',
  description: 'Disallow hardcoded, fallback, short or low-entropy secrets for signing sessions and cookies',
  rationale:
    'The secret that signs (or encrypts) session cookies is what stops a client from forging a session for any user. A secret written in the source is known to everyone who can read the repository, its history or a leaked copy; a `process.env.X || "dev"` fallback silently ships that value when the variable is missing; a short or patterned secret can be brute-forced offline from a single signed cookie.',
  category: 'session',
  cwe: [798, 321, 326],
  references: [
    { title: 'OWASP Secrets Management Cheat Sheet', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html' },
    { title: 'OWASP ASVS 4.0.3 V2.10.4 and V6.4.1', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x14-V6-Cryptography.md' },
    { title: 'express-session: secret', url: 'https://github.com/expressjs/session#secret' },
  ],
  defaultSeverity: 'error',
  presets: { recommended: 'error', strict: 'error' },
  fixable: false,
  hasSuggestions: true,
  messages: {
    hardcoded:
      'The {{library}} {{option}} is hard-coded, so anyone with the source can forge session cookies. Load it from the environment.',
    weak:
      'The {{library}} secret is weak: {{reason}}. Load {{minLength}}+ random characters from the environment.',
    fallback:
      'The {{library}} {{option}} has a hard-coded fallback for {{source}}. Remove it and fail at start-up.',
    conditional:
      'The {{library}} {{option}} is hard-coded in some environments. Read it from the environment everywhere.',
    moveToEnv: 'Read the secret from process.env.{{envName}} and throw at start-up when it is not set.',
  },
  options: {
    minLength: {
      type: 'number',
      description: 'The shortest acceptable secret, in characters (32 random characters give 128 bits or more).',
      default: 32,
      minimum: 1,
    },
    minEntropyBits: {
      type: 'number',
      description: 'The lowest estimated entropy, in bits, of a secret (length × the information per character, whichever of two estimates is lower).',
      default: 96,
      minimum: 0,
    },
  },
} as const satisfies RuleMeta;
