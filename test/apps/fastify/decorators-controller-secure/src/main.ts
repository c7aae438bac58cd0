import { resolve } from 'node:path';
import fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import rateLimit from '@fastify/rate-limit';
import { bootstrap } from 'fastify-decorators';
import { RedisStore } from './store';

const server = fastify({ logger: true });
server.register(fastifyCookie);
server.register(fastifySession, {
  cookieName: '__Host-sid',
  secret: process.env.SESSION_SECRET!,
  store: new RedisStore(),
  cookie: { secure: true, httpOnly: true, sameSite: 'strict', maxAge: 30 * 60 * 1000 },
});
// Routes ask for a limit in their config.
server.register(rateLimit, { global: false });

// Every *.controller.ts under controllers/ is a plugin of its own.
server.register(bootstrap, { directory: resolve(__dirname, 'controllers'), mask: /\.controller\./ });

server.listen({ port: 8080 });
