module.exports = async function accountRoutes(fastify) {
  fastify.route({
    method: 'POST',
    // expect: login-rate-limit
    url: '/login',
    handler: async (request, reply) => {
    const user = await fastify.users.verify(request.body.email, request.body.password);
    if (!user) return reply.code(401).send({ message: 'Invalid email or password.' });
    await request.session.regenerate();
    request.session.set('userId', user.id);
    return { id: user.id };
    },
  });
};
