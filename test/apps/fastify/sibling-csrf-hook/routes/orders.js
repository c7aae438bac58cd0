export default async function orders(fastify) {
  fastify.post('/', async (request) => fastify.orders.place(request.session.get('userId'), request.body));
  fastify.delete('/:id', async (request) => fastify.orders.cancel(request.session.get('userId'), request.params.id));
}
