import type { FastifyInstance } from 'fastify';
import accountRoutes from '../routes/account';
import noteRoutes from '../routes/notes';

/** Every route plugin of the API, under one prefix. */
export async function registerRoutes(server: FastifyInstance, options: { prefix: string }): Promise<void> {
  await server.register(accountRoutes, { prefix: `${options.prefix}/account` });
  await server.register(noteRoutes, { prefix: `${options.prefix}/notes` });
}
