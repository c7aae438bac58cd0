import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import rateLimit from '@fastify/rate-limit';
import authRoutes from './routes/auth.js';

const app = Fastify();
await app.register(fastifyCookie);
await app.register(fastifySession, { secret: process.env.SESSION_SECRET, cookie: { secure: true, sameSite: 'lax' } });
// Only routes with config.rateLimit are limited.
await app.register(rateLimit, { global: false });
await app.register(authRoutes, { prefix: '/auth' });
await app.listen({ port: 3000 });
