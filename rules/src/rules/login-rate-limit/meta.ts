import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'login-rate-limit',
  description: 'Require a rate limiter on login routes',
  rationale:
    'A login route without a rate limit lets an attacker try passwords as fast as the server answers: credential stuffing and brute force become cheap. Put a limiter in front of login routes (express-rate-limit, rate-limiter-flexible, @fastify/rate-limit, @nestjs/throttler, Laravel throttle middleware).',
  category: 'lifecycle',
  cwe: [307],
  references: [
    { title: 'OWASP Authentication Cheat Sheet: Protect Against Automated Attacks', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#protect-against-automated-attacks' },
    { title: 'OWASP ASVS 4.0.3 V2.2.1', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x11-V2-Authentication.md' },
  ],
  defaultSeverity: 'info',
  presets: { recommended: 'info', strict: 'warn' },
  fixable: false,
  hasSuggestions: false,
  messages: {
    unlimited:
      'This login route ({{route}}) has no rate limiter, so passwords can be guessed fast. Add one in front of it.',
    firewallNoThrottling:
      'Firewall "{{firewall}}" ({{authenticator}}) has no login_throttling, so passwords can be guessed fast. Add it.',
    firewallNoThrottlingOld:
      'Firewall "{{firewall}}" ({{authenticator}}) has no login limit; login_throttling needs Symfony 5.2+: upgrade, or use a bundle.',
  },
  options: {},
} as const satisfies RuleMeta;
