import path from 'node:path';
import autoload from '@fastify/autoload';

// Loaded by fastify-cli: `fastify start -l info app.js`.
export default async function app(fastify, opts) {
  await fastify.register(autoload, { dir: path.join(import.meta.dirname, 'plugins'), options: { ...opts } });
  fastify.register(autoload, { dir: path.join(import.meta.dirname, 'routes'), options: { ...opts } });
}
