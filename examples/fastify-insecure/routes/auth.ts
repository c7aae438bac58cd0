import bcrypt from 'bcrypt';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findUserByEmail, issueRememberToken } from '../users.ts';

interface LoginBody {
  email: string;
  password: string;
  remember?: string;
}

const THIRTY_DAYS = 30 * 24 * 60 * 60 * 1000;

export default async function authRoutes(fastify: FastifyInstance) {
  fastify.post('/login', async (request: FastifyRequest<{ Body: LoginBody }>, reply: FastifyReply) => {
    const user = findUserByEmail(request.body.email);
    if (!user || !(await bcrypt.compare(request.body.password, user.passwordHash))) {
      return reply.code(401).send('Wrong email or password.');
    }
    request.session.set('userId', user.id);
    request.session.set('displayName', user.name);

    if (request.body.remember) {
      // @fastify/cookie counts maxAge in seconds: milliseconds here make it live for 30,000 days.
      reply.setCookie('remember_token', issueRememberToken(user), { maxAge: THIRTY_DAYS });
    }
    reply.header('set-cookie', `last_login=${encodeURIComponent(user.email)}; Path=/; Max-Age=31536000`);
    return reply.redirect('/');
  });

  fastify.post('/logout', async (request: FastifyRequest, reply: FastifyReply) => {
    request.session.set('userId', undefined);
    reply.clearCookie('remember_token');
    return reply.redirect('/auth/login');
  });
}
