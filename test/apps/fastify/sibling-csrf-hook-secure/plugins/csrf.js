import fp from 'fastify-plugin';
import fastifyCsrf from '@fastify/csrf-protection';

export default fp(async function csrf(fastify) {
  await fastify.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });
  fastify.addHook('onRequest', (request, reply, done) => (request.method === 'GET' ? done() : fastify.csrfProtection(request, reply, done)));
}, { name: 'csrf' });
