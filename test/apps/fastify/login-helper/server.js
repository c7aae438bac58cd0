import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import rateLimit from '@fastify/rate-limit';
import RedisStore from 'connect-redis';
import { redis } from './lib/redis.js';

const app = Fastify();
await app.register(fastifyCookie);
await app.register(fastifySession, {
  secret: process.env.SESSION_SECRET,
  store: new RedisStore({ client: redis }),
  cookie: { secure: true, sameSite: 'lax', maxAge: 3600000 },
});
await app.register(rateLimit, { max: 10, timeWindow: '1 minute' });
await app.register(import('./routes/account.js'), { prefix: '/account' });
await app.listen({ port: 3000 });
