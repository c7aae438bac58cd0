import { verifyPassword } from '../lib/passwords.js';

export default async function sessionRoutes(fastify) {
  fastify.post('/', async (request, reply) => {
    const user = await fastify.pg.query('SELECT id, hash FROM users WHERE email = $1', [request.body.email]);
    const row = user.rows[0];
    if (row && (await verifyPassword(row.hash, request.body.password))) {
      // expect: session-regenerate-on-login
      request.session.userId = row.id;
      return { ok: true };
    }
    return reply.code(401).send({ ok: false });
  });
}
