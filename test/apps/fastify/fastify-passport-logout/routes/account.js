import fastifyPassport from '@fastify/passport';

export default async function accountRoutes(fastify) {
  fastify.post('/login', { preValidation: fastifyPassport.authenticate('local') }, async (request) => ({ id: request.user.id }));

  fastify.post('/logout', async (request, reply) => {
    // @fastify/passport's logOut() drops the user and regenerates; @fastify/session keeps the old session in its store.
    // expect: session-destroy-on-logout
    await request.logOut();
    return reply.code(204).send();
  });
}
