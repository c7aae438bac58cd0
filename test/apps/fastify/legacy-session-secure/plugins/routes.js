'use strict';
const fp = require('fastify-plugin');

module.exports = fp(function routes(fastify, opts, next) {
  fastify.post('/cart/items', (request, reply) => {
    request.session.cart = [...(request.session.cart || []), request.body.sku];
    reply.send({ count: request.session.cart.length });
  });
  next();
});
