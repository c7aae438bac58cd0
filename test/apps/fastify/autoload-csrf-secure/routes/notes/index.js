export default async function notes(fastify) {
  fastify.get('/', async (request) => fastify.db.notes.list(request.session.get('userId')));
  fastify.post('/', async (request, reply) => {
    const note = await fastify.db.notes.create(request.session.get('userId'), request.body);
    return reply.code(201).send(note);
  });
  fastify.delete('/:id', async (request) => fastify.db.notes.remove(request.session.get('userId'), request.params.id));
}
