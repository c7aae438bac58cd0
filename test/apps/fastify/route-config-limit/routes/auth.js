import { Type } from '@sinclair/typebox';

const Credentials = Type.Object({ email: Type.String({ format: 'email' }), password: Type.String() });

export default async function authRoutes(fastify) {
  fastify.post(
    // expect: login-rate-limit
    '/login',
    {
      schema: { body: Credentials },
    },
    async (request, reply) => {
    const user = await fastify.users.verify(request.body.email, request.body.password);
    if (!user) return reply.code(401).send({ message: 'Invalid email or password.' });
    await request.session.regenerate();
    request.session.set('userId', user.id);
    return { id: user.id };
    },
  );
}
