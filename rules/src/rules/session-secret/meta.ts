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
      'The {{library}} {{option}} is written in the source code, so anyone who can read the repository or a leaked copy of it can forge signed session cookies. Load it from the environment or a secret manager instead.',
    weak:
      'The {{library}} {{option}} is written in the source code and weak ({{reason}}), so it can be read from the repository or guessed offline from one signed cookie and used to forge sessions. Load a random value of at least {{minLength}} characters from the environment instead.',
    fallback:
      "The {{library}} {{option}} falls back to a value written in the source code when {{source}} does not provide one, so a deployment that misses the variable silently signs sessions with a secret anyone can read. Remove the fallback and fail at start-up when the variable is not set.",
    conditional:
      'The {{library}} {{option}} is a value written in the source code in some environments ({{source}}), so a deployment that takes that branch signs sessions with a secret anyone can read. Read the secret from the environment in every environment.',
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
