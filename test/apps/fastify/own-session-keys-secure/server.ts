import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import { Pool } from 'pg';
import { loginUser, logoutUser } from './services/sessions';

const SESSION_COOKIE = 'session_key';
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const fastify = Fastify({ logger: true });

fastify.register(cookie);
fastify.register(rateLimit, { max: 100, timeWindow: '1 minute' });

// The app keeps its own session keys in Postgres; @fastify/secure-session is only a leftover dependency.
// fastify.register(require('@fastify/secure-session'), { key: fs.readFileSync('secret-key') });

fastify.post('/user/login/web', async (request: any, reply: any) => {
  const key = await loginUser(pool, request.body.email, request.body.password);
  reply.setCookie(SESSION_COOKIE, key, { path: '/', httpOnly: true, secure: true, sameSite: 'strict' });
  return { message: 'Logged in successfully' };
});

fastify.post('/user/logout', async (request: any, reply: any) => {
  const key = request.cookies[SESSION_COOKIE];
  if (key && (await logoutUser(pool, key))) {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
  return { message: 'Logged out' };
});

fastify.listen({ port: 3000 });
