export default async function logoutRoutes(fastify) {
  fastify.post('/logout', async (request, reply) => {
    // ok: session-destroy-on-logout
  await request.session.destroy();
    return reply.redirect('/logout-wait');
  });

  // The page the logout redirects to ("signing you out…"): it renders a view and is no logout itself.
  // ok: session-destroy-on-logout
  fastify.get('/logout-wait', (request, reply) => reply.view('logout-wait.ejs', { title: 'Signing you out' }));
}
