import fastify from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import initRoutes from './routes';

export function buildServer() {
  const server = fastify({ logger: true });
  server.register(cookie);
  // Only the routes that ask for it (`config: { rateLimit }`) are limited.
  server.register(rateLimit, { global: false });
  server.register(initRoutes, { prefix: '/api/v1' });
  return server;
}
