import type { FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';

const redis = createClient({ url: process.env.REDIS_URL });

/** Cookies and server-side sessions for the whole app. */
export async function registerSession(server: FastifyInstance): Promise<void> {
  await redis.connect();
  await server.register(fastifyCookie);
  // expect: csrf
  await server.register(fastifySession, {
    secret: process.env.SESSION_SECRET as string,
    cookieName: '__Host-sid',
    store: new RedisStore({ client: redis }),
    cookie: { secure: true, httpOnly: true, maxAge: 8 * 60 * 60 * 1000 },
  });
}
