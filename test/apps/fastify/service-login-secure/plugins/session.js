'use strict';

const fp = require('fastify-plugin');

module.exports = fp(async (fastify) => {
  fastify.register(require('@fastify/secure-session'), {
    key: Buffer.from(process.env.SESSION_KEY, 'hex'),
    cookie: { path: '/', httpOnly: true, secure: true, sameSite: 'strict' },
  });
});
