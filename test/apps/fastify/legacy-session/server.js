'use strict';
const fastify = require('fastify')();

fastify.register(require('fastify-cookie'));
// expect: csrf
fastify.register(require('fastify-session'), { secret: process.env.SESSION_SECRET, cookie: { secure: true } });
fastify.register(require('./plugins/routes'));
fastify.listen(3000);
