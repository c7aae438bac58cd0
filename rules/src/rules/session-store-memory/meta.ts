import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'session-store-memory',
  description: 'Disallow the in-process memory session store outside development',
  rationale:
    "express-session's MemoryStore (and @fastify/session's in-memory Map) never prunes expired sessions, so memory grows until the process falls over; every restart logs everyone out and every extra process or container has its own sessions. express-session's own documentation says it is not meant for production and it warns when NODE_ENV is production. Use a shared store (Redis, a database) with expiry.",
  category: 'session',
  cwe: [770, 613],
  references: [
    { title: 'express-session: MemoryStore warning', url: 'https://github.com/expressjs/session#sessionoptions' },
    { title: 'OWASP Session Management Cheat Sheet: Session Expiration', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-expiration' },
    { title: 'OWASP ASVS 4.0.3 V3.3.1', url: 'https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md' },
  ],
  defaultSeverity: 'warn',
  presets: { recommended: 'warn', strict: 'error' },
  fixable: false,
  hasSuggestions: false,
  messages: {
    defaultStore:
      '{{library}} keeps sessions in process memory (no store set). Pass a persistent store such as connect-redis as {{option}}.',
    memoryStore:
      '{{library}} is given an in-memory store, which leaks and loses sessions. Use a persistent store (e.g. connect-redis) as {{option}}.',
    memoryDriver:
      "{{library}} uses the 'array' session driver, which keeps sessions for one request only. Set {{option}} to 'database', 'redis' or 'file'.",
    envDependent:
      '{{library}} keeps sessions in process memory in some environments. Give every deployed environment a persistent store.',
  },
  options: {},
} as const satisfies RuleMeta;
