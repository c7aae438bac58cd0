import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import rateLimit from '@fastify/rate-limit';

const app = Fastify({ logger: true });
await app.register(fastifyCookie);
// ok: csrf
await app.register(fastifySession, { secret: process.env.SESSION_SECRET, cookie: { secure: true, sameSite: 'lax' } });

app.register(import('./routes/auth.js'), { prefix: '/auth' });
app.register(async function api(instance) {
  await instance.register(rateLimit, { max: 100, timeWindow: '1 minute' });
  instance.get('/api/health', async () => ({ ok: true }));
});

await app.listen({ port: Number(process.env.PORT ?? 3000) });
