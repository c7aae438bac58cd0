export default async function logoutRoutes(fastify) {
  fastify.post('/logout', async (request, reply) => {
    // expect: session-destroy-on-logout
  request.session.userId = undefined;
    return reply.redirect('/');
  });
}
