'use strict';
const fastify = require('fastify')();

fastify.register(require('fastify-cookie'));
fastify.register(require('fastify-formbody'));
// expect: csrf
fastify.register(require('fastify-session'), { secret: process.env.SESSION_SECRET, cookie: { secure: true } });
fastify.register(require('./plugins/routes'));
fastify.listen(3000);
