import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySecureSession from '@fastify/secure-session';
import rateLimit from '@fastify/rate-limit';
import fastifyPassport from '@fastify/passport';
import { Strategy as LocalStrategy } from 'passport-local';
import { checkPassword, findUser } from './accounts.js';

const app = Fastify({ logger: true });
await app.register(fastifyCookie);
// The whole session is the encrypted cookie: logOut() rewrites it without the user.
await app.register(fastifySecureSession, {
  key: Buffer.from(process.env.SESSION_KEY, 'hex'),
  cookieName: '__Host-session',
  expiry: 30 * 60,
  cookie: { path: '/', secure: true, httpOnly: true, sameSite: 'lax' },
});
await app.register(rateLimit, { max: 100, timeWindow: '1 minute' });
await app.register(fastifyPassport.initialize());
await app.register(fastifyPassport.secureSession());
fastifyPassport.use('local', new LocalStrategy(checkPassword));
fastifyPassport.registerUserSerializer(async (user) => user.id);
fastifyPassport.registerUserDeserializer(async (id) => findUser(id));

await app.register(import('./routes/account.js'), { prefix: '/account' });
await app.listen({ port: 3000 });
