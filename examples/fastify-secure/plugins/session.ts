import fp from 'fastify-plugin';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import fastifyCsrf from '@fastify/csrf-protection';
import { RedisStore } from 'connect-redis';
import { createClient } from 'redis';
import type { FastifyInstance } from 'fastify';
import { requiredEnv } from './env.ts';

const THIRTY_MINUTES = 30 * 60 * 1000;

declare module 'fastify' {
  interface Session {
    userId?: string;
    displayName?: string;
  }
}

export default fp(async function sessionPlugin(fastify: FastifyInstance) {
  const redis = createClient({ url: process.env.REDIS_URL });
  await redis.connect();
  fastify.addHook('onClose', async () => {
    await redis.quit();
  });

  await fastify.register(fastifyCookie, {
    secret: requiredEnv('COOKIE_SECRET'),
    parseOptions: { path: '/', httpOnly: true, secure: true, sameSite: 'lax' },
  });

  await fastify.register(fastifySession, {
    secret: requiredEnv('SESSION_SECRET'),
    cookieName: '__Host-sid',
    store: new RedisStore({ client: redis, prefix: 'sess:' }),
    cookie: {
      secure: true,
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      maxAge: THIRTY_MINUTES,
    },
    // Every response renews the 30-minute lifetime: an idle timeout.
    rolling: true,
    saveUninitialized: false,
  });

  // Synchronizer tokens kept in the session for every state-changing form.
  await fastify.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });
}, { name: 'session' });
