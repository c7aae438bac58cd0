import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { registerSession } from './setup/session';
import { registerRoutes } from './setup/routes';

const server = Fastify({ logger: true });

await server.register(formbody);
await registerSession(server);
await registerRoutes(server, { prefix: '/api' });

await server.listen({ port: 3000 });
