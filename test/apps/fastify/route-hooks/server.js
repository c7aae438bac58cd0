import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import fastifyCsrf from '@fastify/csrf-protection';

const app = Fastify();
await app.register(fastifyCookie);
// expect: csrf
await app.register(fastifySession, { secret: process.env.SESSION_SECRET, cookie: { secure: true } });
await app.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });
await app.register(import('./routes/profile.js'), { prefix: '/profile' });
await app.listen({ port: 3000 });
