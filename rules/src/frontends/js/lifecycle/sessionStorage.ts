import type { SessionStorage } from '../../../model/lifecycleFacts';
import type { AdapterContext } from '../adapterContext';

const SERVER_SIDE = ['express-session', '@fastify/session', 'fastify-session'];
const COOKIE_ONLY = ['cookie-session', '@fastify/secure-session', 'fastify-secure-session'];

/**
 * Where this app keeps its sessions: from the session middleware configured in the file, else from
 * the project's dependencies. cookie-session has no server-side session to fix or destroy.
 */
export function sessionStorageOf(context: AdapterContext): SessionStorage {
  for (const fact of context.facts) {
    if (fact.kind === 'session-config') return fact.serverSide ? 'server' : 'cookie';
  }
  if (context.importsAny(SERVER_SIDE)) return 'server';
  if (context.importsAny(COOKIE_ONLY)) return 'cookie';
  const dependencies = Object.keys(context.file.project.dependencies);
  const server = dependencies.some((d) => SERVER_SIDE.includes(d));
  const cookie = dependencies.some((d) => COOKIE_ONLY.includes(d));
  if (server && !cookie) return 'server';
  if (cookie && !server) return 'cookie';
  return 'unknown';
}
