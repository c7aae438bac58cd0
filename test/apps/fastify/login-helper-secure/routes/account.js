import { checkAccount } from '../lib/accounts.js';
import { forgetAccount, rememberAccount } from '../lib/accountSession.js';

export default async function accountRoutes(fastify) {
  fastify.post('/sign-in', async (request, reply) => {
    const account = await checkAccount(fastify.pg, request.body.email, request.body.password);
    if (!account) return reply.code(401).send({ ok: false });
    // ok: session-regenerate-on-login
    await rememberAccount(request, account);
    return { ok: true };
  });

  fastify.post('/sign-out', async (request) => {
    // ok: session-destroy-on-logout
    await forgetAccount(request);
    return { ok: true };
  });
}
