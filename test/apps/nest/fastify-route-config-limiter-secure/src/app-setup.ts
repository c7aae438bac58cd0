import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import fastifyRateLimit from '@fastify/rate-limit';
import { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Plugins on the Fastify instance under the Nest app: cookies, the session, the limiter. */
export async function setupApp(app: NestFastifyApplication): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: process.env.SESSION_SECRET!,
    cookieName: 'sid',
    cookie: { secure: true, httpOnly: true, sameSite: 'strict', maxAge: 8 * 60 * 60 * 1000 },
    saveUninitialized: false,
  });
  // global: false: only the routes whose config asks for a limit (`@RouteConfig({ rateLimit })`) get one.
  await app.register(fastifyRateLimit, { global: false, max: 100, timeWindow: '1 minute' });
}
