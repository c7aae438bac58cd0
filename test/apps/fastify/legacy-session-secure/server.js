'use strict';
const fastify = require('fastify')();

fastify.register(require('fastify-cookie'));
fastify.register(require('fastify-formbody'));
// ok: csrf
fastify.register(require('fastify-session'), { secret: process.env.SESSION_SECRET, cookie: { sameSite: 'lax', secure: true } });
fastify.register(require('./plugins/routes'));
fastify.listen(3000);
