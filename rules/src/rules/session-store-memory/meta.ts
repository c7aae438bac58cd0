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
      '{{library}} keeps sessions in process memory because no store is configured, so expired sessions are never removed (memory grows until the process crashes), every restart signs everyone out and sessions are not shared between processes. Pass a persistent store such as connect-redis as {{option}}.',
    memoryStore:
      '{{library}} is given an in-memory store, so expired sessions are never removed (memory grows until the process crashes), every restart signs everyone out and sessions are not shared between processes. Use a persistent store such as connect-redis as {{option}}.',
    memoryDriver:
      "{{library}} uses the 'array' session driver, which keeps sessions in memory for one request only, so nobody stays signed in, and under Octane sessions pile up in the worker until it restarts. Set {{option}} to 'database', 'redis' or 'file'.",
    envDependent:
      '{{library}} keeps sessions in process memory in some environments ({{source}}), where expired sessions are never removed and a restart signs everyone out. Make sure every deployed environment gets a persistent store.',
  },
  options: {},
} as const satisfies RuleMeta;
