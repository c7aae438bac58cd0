import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

// Registered globally off; routes opt in with `config: { rateLimit: { … } }`.
export default fp(async function rateLimitPlugin(fastify: FastifyInstance) {
  await fastify.register(rateLimit, { global: false });
}, { name: 'rate-limit' });
