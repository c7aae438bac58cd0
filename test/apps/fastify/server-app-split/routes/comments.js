module.exports = async function comments(fastify) {
  fastify.get('/', async () => fastify.comments.latest());
  fastify.post('/', async (request, reply) => {
    await fastify.comments.add(request.session.get('userId'), request.body.text);
    return reply.code(201).send();
  });
};
