import fp from 'fastify-plugin';
import formbody from '@fastify/formbody';

// The notes pages post HTML forms.
export default fp(async (fastify) => {
  await fastify.register(formbody);
});
