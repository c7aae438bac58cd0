export default async function authRoutes(fastify) {
  // expect: login-rate-limit
  fastify.post('/login', async (request, reply) => {
    const user = await fastify.users.verify(request.body.email, request.body.password);
    if (!user) return reply.code(401).send({ message: 'Invalid email or password.' });
    await request.session.regenerate();
    request.session.set('userId', user.id);
    return { id: user.id };
  });
}
