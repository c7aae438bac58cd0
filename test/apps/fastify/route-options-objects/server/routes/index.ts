import { FastifyInstance } from 'fastify';
import initAuthRoutes from './auth/auth.route';

export default async function initRoutes(server: FastifyInstance) {
  server.register(initAuthRoutes, { prefix: '/auth' });
}
