import fastifyPassport from '@fastify/passport';

export default async function authRoutes(fastify) {
  fastify.post(
    // ok: login-rate-limit
    '/login',
    {
      // @fastify/passport 2.3 and later regenerates the session at login.
      // ok: session-regenerate-on-login
      preValidation: fastifyPassport.authenticate('local', { authInfo: false }),
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
    },
    async (request) => ({ id: request.user.id }),
  );

  // The session strategy only restores the user: not a login.
  fastify.get('/me', { preValidation: fastifyPassport.authenticate('session') }, async (request) => request.user);
}
