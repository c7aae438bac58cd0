import bcrypt from 'bcryptjs';

export default async function authRoutes(fastify) {
  // ok: login-rate-limit
  fastify.post('/login',
    { config: { rateLimit: { max: 5, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const { email, password } = request.body;
      const user = await fastify.db.users.findByEmail(email);
      if (!user || !(await bcrypt.compare(password, user.passwordHash))) return reply.code(401).send({ message: 'Invalid credentials' });
      return { token: fastify.jwt.sign({ sub: user.id }, { expiresIn: '1h' }) };
    },
  );
}
