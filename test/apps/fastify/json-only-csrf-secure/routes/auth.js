import bcrypt from 'bcrypt';
import { findUser } from '../db.js';

const Credentials = {
  type: 'object',
  required: ['email', 'password'],
  properties: { email: { type: 'string' }, password: { type: 'string' } },
};

export default async function authRoutes(fastify) {
  // A text/plain body fails the object schema: a forged login never runs.
  fastify.post('/login', { schema: { body: Credentials } }, async (request, reply) => {
    const user = await findUser(request.body.email);
    if (!user || !(await bcrypt.compare(request.body.password, user.password_hash))) return reply.code(401).send();
    await request.session.regenerate();
    request.session.set('userId', user.id);
    return { id: user.id };
  });

  fastify.delete('/session', async (request, reply) => {
    await request.session.destroy();
    return reply.code(204).send();
  });
}
