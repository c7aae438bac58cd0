import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import csrf from './plugins/csrf.js';

const app = Fastify();
await app.register(fastifyCookie);
// expect: csrf
await app.register(fastifySession, { secret: process.env.SESSION_SECRET, cookie: { secure: true, sameSite: 'none' } });
await app.register(csrf);
await app.register(import('./routes/orders.js'), { prefix: '/orders' });
await app.listen({ port: 3000 });
