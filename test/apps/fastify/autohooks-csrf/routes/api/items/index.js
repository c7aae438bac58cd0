export default async function items(fastify) {
  fastify.post('/', async (request) => fastify.items.create(request.session.get('userId'), request.body));
}
