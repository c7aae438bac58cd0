module.exports = async function app(fastify, opts) {
  fastify.register(require('./routes/comments'), { prefix: '/comments' });
  fastify.register(require('./routes/health'));
};
