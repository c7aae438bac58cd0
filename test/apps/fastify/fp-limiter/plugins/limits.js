const rateLimit = require('@fastify/rate-limit');

// Encapsulated: the limiter is registered in this plugin's own context, which has no routes.
module.exports = async function limits(fastify) {
  await fastify.register(rateLimit, { max: 20, timeWindow: '1 minute' });
};
