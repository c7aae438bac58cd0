export default async function logoutRoutes(fastify) {
  fastify.post('/logout', async (request, reply) => {
    // ok: session-destroy-on-logout
  await request.session.destroy();
    return reply.redirect('/');
  });
}
