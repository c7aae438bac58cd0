const Fastify = require('fastify');

const app = Fastify();
app.register(require('@fastify/cookie'));
app.register(require('@fastify/session'), { secret: process.env.SESSION_SECRET, cookie: { secure: true, sameSite: 'strict' } });
app.register(require('./plugins/limits'));
app.register(require('./routes/account'), { prefix: '/account' });

app.listen({ port: 3000 });
