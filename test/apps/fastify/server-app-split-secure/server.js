const Fastify = require('fastify');
const app = require('./app');

const server = Fastify({ logger: true, trustProxy: true });
server.register(require('@fastify/cookie'));
server.register(require('@fastify/formbody'));
// ok: csrf
server.register(require('@fastify/session'), { secret: process.env.SESSION_SECRET, cookie: { sameSite: 'strict', secure: true, maxAge: 86400000 } });
server.register(app);
server.listen({ port: 3000, host: '0.0.0.0' });
