import { deleteUser, renameUser } from '../db.js';

export default async function accountRoutes(fastify) {
  fastify.addHook('preHandler', async (request, reply) => {
    if (!request.session.get('userId')) return reply.code(401).send();
  });

  // Reads fields of an object body: a text/plain string has none.
  fastify.post('/name', async (request) => {
    await renameUser(request.session.get('userId'), request.body.name);
    return { ok: true };
  });

  // DELETE needs a CORS preflight: no cross-site form or no-cors fetch can send it.
  fastify.delete('/', async (request, reply) => {
    await deleteUser(request.session.get('userId'));
    await request.session.destroy();
    return reply.code(204).send();
  });
}
