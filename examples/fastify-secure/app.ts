import Fastify from 'fastify';
import autoload from '@fastify/autoload';
import formbody from '@fastify/formbody';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export async function buildApp() {
  // Behind a TLS-terminating proxy: trust its X-Forwarded-Proto so secure cookies work.
  const app = Fastify({ logger: true, trustProxy: 1 });
  await app.register(formbody);
  // plugins/ are wrapped in fastify-plugin, so what they register is shared by every route.
  await app.register(autoload, { dir: join(here, 'plugins') });
  await app.register(autoload, { dir: join(here, 'routes'), options: { prefix: '/auth' } });
  app.get('/', async (request) => ({ user: request.session.get('userId') ?? null }));
  return app;
}

const app = await buildApp();
await app.listen({ port: Number(process.env.PORT ?? 3000) });
