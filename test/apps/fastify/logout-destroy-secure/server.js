import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';

const app = Fastify();
await app.register(fastifyCookie);
await app.register(fastifySession, { secret: process.env.SESSION_SECRET, cookie: { secure: true, sameSite: 'lax' } });
await app.register(import('./routes/logout.js'));
await app.listen({ port: 3000 });
