export default async function account(fastify) {
  fastify.get('/', async (request) => fastify.accounts.find(request.session.get('userId')));
  fastify.put('/email', async (request) => fastify.accounts.setEmail(request.session.get('userId'), request.body.email));
}
