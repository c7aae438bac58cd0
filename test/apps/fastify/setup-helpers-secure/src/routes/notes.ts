import type { FastifyPluginAsync } from 'fastify';

const noteRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.post<{ Body: { text: string } }>('/', async (request) => {
    const accountId = request.session.get('accountId');
    return fastify.notes.create({ accountId, text: request.body.text });
  });
};

export default noteRoutes;
