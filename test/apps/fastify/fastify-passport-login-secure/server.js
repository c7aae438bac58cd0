import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import RedisStore from 'connect-redis';
import { redis } from './plugins/redis.js';
import rateLimit from '@fastify/rate-limit';
import passportPlugin from './plugins/passport.js';

const app = Fastify({ logger: true });
await app.register(fastifyCookie);
await app.register(fastifySession, {
  secret: process.env.SESSION_SECRET,
  store: new RedisStore({ client: redis }),
  cookie: { secure: true, sameSite: 'lax', maxAge: 30 * 60 * 1000 },
});
await app.register(rateLimit, { max: 100, timeWindow: '1 minute' });
await app.register(passportPlugin);
await app.register(import('./routes/auth.js'), { prefix: '/auth' });
await app.listen({ port: 3000 });
