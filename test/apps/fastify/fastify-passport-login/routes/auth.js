import fastifyPassport from '@fastify/passport';

export default async function authRoutes(fastify) {
  fastify.post(
    // expect: login-rate-limit
    '/login',
    {
      // @fastify/passport before 2.3 logs the user into the session it finds, under the same id.
      // expect: session-regenerate-on-login
      preValidation: fastifyPassport.authenticate('local', { authInfo: false }),
    },
    async (request) => ({ id: request.user.id }),
  );

  // The session strategy only restores the user: not a login.
  fastify.get('/me', { preValidation: fastifyPassport.authenticate('session') }, async (request) => request.user);
}
