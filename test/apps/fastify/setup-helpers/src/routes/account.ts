import type { FastifyPluginAsync } from 'fastify';
import argon2 from 'argon2';

const accountRoutes: FastifyPluginAsync = async (fastify) => {
  // expect: login-rate-limit
  fastify.post<{ Body: { email: string; password: string } }>('/login', async (request, reply) => {
    const account = await fastify.accounts.byEmail(request.body.email);
    if (!account || !(await argon2.verify(account.hash, request.body.password))) return reply.code(401).send();
    await request.session.regenerate();
    request.session.set('accountId', account.id);
    return { ok: true };
  });

  fastify.post('/logout', async (request) => {
    await request.session.destroy();
    return { ok: true };
  });
};

export default accountRoutes;
