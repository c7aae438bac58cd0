import path from 'node:path';
import Fastify from 'fastify';
import autoload from '@fastify/autoload';
import fastifyJwt from '@fastify/jwt';
import rateLimit from '@fastify/rate-limit';

const fastify = Fastify({ logger: true });

fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });
// Registered before the routes, as the plugin's README asks: it sees every route declared after it.
fastify.register(rateLimit, { max: 60, timeWindow: '1 minute' });
fastify.register(autoload, { dir: path.join(import.meta.dirname, 'routes'), options: { prefix: '/api/v2' } });

await fastify.listen({ port: Number(process.env.PORT) || 8010, host: '0.0.0.0' });
