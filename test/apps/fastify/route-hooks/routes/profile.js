export default async function profileRoutes(fastify) {
  fastify.get('/', async (request, reply) => reply.view('profile', { csrfToken: reply.generateCsrf() }));
  fastify.post('/', { onRequest: fastify.csrfProtection }, async (request) => fastify.profiles.update(request.session.get('userId'), request.body));
  fastify.post('/avatar', async (request) => fastify.profiles.setAvatar(request.session.get('userId'), await request.file()));
}
