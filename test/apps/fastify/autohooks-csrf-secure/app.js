import path from 'node:path';
import autoload from '@fastify/autoload';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import fastifyCsrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';

export default async function app(fastify, opts) {
  await fastify.register(fastifyCookie);
  // HTML forms post to the routes.
  await fastify.register(formbody);
  // ok: csrf
  await fastify.register(fastifySession, { secret: process.env.SESSION_SECRET, cookie: { secure: true } });
  await fastify.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });
  fastify.register(autoload, { dir: path.join(import.meta.dirname, 'routes'), autoHooks: true, cascadeHooks: true, options: { ...opts } });
}
