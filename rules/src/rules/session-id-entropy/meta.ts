import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'session-id-entropy',
  description: 'Require PHP session ids of at least 128 bits (session.sid_length × session.sid_bits_per_character)',
  rationale:
    'PHP builds a session id from session.sid_length characters carrying session.sid_bits_per_character random bits each. Below 128 bits (the default 32 × 4) an attacker who can send many requests has a real chance of guessing a live session id; OWASP asks for at least 64 bits of entropy in a longer id, and PHP 8.4 deprecates both settings because the default is the safe choice.',
  category: 'session',
  cwe: [331],
  references: [
    { title: 'PHP manual: session.sid_length and session.sid_bits_per_character', url: 'https://www.php.net/manual/en/session.configuration.php#ini.session.sid-length' },
    { title: 'PHP 8.4 deprecations: session.sid_length and session.sid_bits_per_character', url: 'https://wiki.php.net/rfc/deprecations_php_8_4#sessionsid_length_and_sessionsid_bits_per_character' },
    { title: 'OWASP Session Management Cheat Sheet: Session ID Entropy', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-id-entropy' },
    { title: 'OWASP ASVS 4.0.3 V3.2.2', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md' },
  ],
  defaultSeverity: 'warn',
  presets: { recommended: 'warn', strict: 'error' },
  fixable: false,
  hasSuggestions: true,
  messages: {
    lowEntropy:
      "{{label}} ids have only {{bits}} random bits. Remove {{lengthOption}} and {{bitsOption}} for PHP's 128-bit default.",
    envDependent:
      '{{label}} ids have only {{bits}} random bits in some environments. Remove {{lengthOption}} and {{bitsOption}}.',
    raiseLength: 'Set {{lengthOption}} to {{needed}} ({{needed}} × {{perCharacter}} bits ≥ {{minimum}}; stored ids get longer).',
    removeSettings: "Remove {{lengthOption}} and {{bitsOption}} for PHP's default of 128 bits (both are deprecated in PHP 8.4).",
  },
  options: {
    minimumBits: {
      type: 'number',
      description: 'The fewest random bits a session id may carry (session.sid_length × session.sid_bits_per_character).',
      default: 128,
      minimum: 64,
    },
  },
} as const satisfies RuleMeta;
