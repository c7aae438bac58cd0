const fastify = require('fastify')({ logger: true });
const { AuthRouter } = require('./routers/auth');
const adminRoutes = require('./routers/admin');

// Every route of the app, the two logins included, is limited per client.
fastify.register(require('@fastify/rate-limit'), { max: 20, timeWindow: '1 minute' });
fastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET, sign: { algorithm: 'HS256', expiresIn: '1h' }, verify: { algorithms: ['HS256'] } });

AuthRouter.forEach((route) => fastify.route(route));
fastify.register(adminRoutes);

fastify.listen({ port: Number(process.env.PORT || 3000), host: '0.0.0.0' });
