import bcrypt from 'bcrypt';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findUserByEmail, issueRememberToken } from '../users.ts';

interface LoginBody {
  email: string;
  password: string;
  remember?: string;
}

const EIGHT_HOURS = 8 * 60 * 60;

export default async function authRoutes(fastify: FastifyInstance) {
  fastify.post(
    '/login',
    { onRequest: fastify.csrfProtection, config: { rateLimit: { max: 5, timeWindow: '1 minute' } } },
    async (request: FastifyRequest<{ Body: LoginBody }>, reply: FastifyReply) => {
      const user = findUserByEmail(request.body.email);
      if (!user || !(await bcrypt.compare(request.body.password, user.passwordHash))) {
        return reply.code(401).send('Wrong email or password.');
      }
      // A new session id at login, so an id planted before login is worthless.
      await request.session.regenerate();
      request.session.set('userId', user.id);
      request.session.set('displayName', user.name);

      if (request.body.remember) {
        // maxAge in seconds, as @fastify/cookie counts it.
        reply.setCookie('__Host-remember', issueRememberToken(user), { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: EIGHT_HOURS });
      }
      reply.header('set-cookie', `last_login=${encodeURIComponent(user.email)}; Path=/auth; Max-Age=3600; HttpOnly; Secure; SameSite=Lax`);
      return reply.redirect('/');
    },
  );

  fastify.post('/logout', { onRequest: fastify.csrfProtection }, async (request: FastifyRequest, reply: FastifyReply) => {
    // Destroy the session on the server, then drop the cookies in the browser.
    await request.session.destroy();
    reply.clearCookie('__Host-sid', { path: '/' });
    reply.clearCookie('__Host-remember', { path: '/' });
    return reply.redirect('/auth/login');
  });
}
