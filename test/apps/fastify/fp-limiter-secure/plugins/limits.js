const fp = require('fastify-plugin');
const rateLimit = require('@fastify/rate-limit');

// Wrapped in fastify-plugin: the limiter applies to the whole app, not to this plugin alone.
module.exports = fp(async function limits(fastify) {
  await fastify.register(rateLimit, { max: 20, timeWindow: '1 minute' });
});
