import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import rateLimit from '@fastify/rate-limit';
import fastifyPassport from '@fastify/passport';
import { RedisStore } from 'connect-redis';
import { Strategy as LocalStrategy } from 'passport-local';
import { redis, checkPassword, findUser } from './accounts.js';

const app = Fastify({ logger: true });
await app.register(fastifyCookie);
// A server-side session: logging out must end it in the store.
await app.register(fastifySession, {
  secret: process.env.SESSION_SECRET,
  cookieName: '__Host-sid',
  store: new RedisStore({ client: redis }),
  cookie: { secure: true, sameSite: 'lax', maxAge: 30 * 60 * 1000 },
});
await app.register(rateLimit, { max: 100, timeWindow: '1 minute' });
await app.register(fastifyPassport.initialize());
await app.register(fastifyPassport.secureSession());
fastifyPassport.use('local', new LocalStrategy(checkPassword));
fastifyPassport.registerUserSerializer(async (user) => user.id);
fastifyPassport.registerUserDeserializer(async (id) => findUser(id));

await app.register(import('./routes/account.js'), { prefix: '/account' });
await app.listen({ port: 3000 });
