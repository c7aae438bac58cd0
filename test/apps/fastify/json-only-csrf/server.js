import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import rateLimit from '@fastify/rate-limit';
import pgSession from 'connect-pg-simple';
import { pool } from './db.js';

const PgStore = pgSession(fastifySession);
const app = Fastify({ logger: true });
await app.register(rateLimit, { max: 100, timeWindow: '1 minute' });
await app.register(fastifyCookie);
// @fastify/cookie 9 sends no SameSite by default. No form-body parser is registered: Fastify parses
// JSON and text/plain only, so a cross-site form can reach a POST route only with a text/plain body.
// expect: csrf
await app.register(fastifySession, {
  secret: process.env.SESSION_SECRET,
  store: new PgStore({ pool }),
  cookie: { secure: true, httpOnly: true, maxAge: 30 * 60 * 1000 },
});
await app.register(import('./routes/auth.js'), { prefix: '/auth' });
await app.register(import('./routes/account.js'), { prefix: '/account' });
await app.listen({ port: 3000 });
