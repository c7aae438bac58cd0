import fp from 'fastify-plugin';
import fastifyCsrf from '@fastify/csrf-protection';

// Every unsafe request of the app must carry the token from GET /csrf-token.
export default fp(async (fastify) => {
  await fastify.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });
  fastify.addHook('onRequest', (request, reply, done) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return done();
    return fastify.csrfProtection(request, reply, done);
  });
}, { name: 'csrf', dependencies: ['session'] });
