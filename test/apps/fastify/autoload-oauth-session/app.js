import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import fastifyOauth2 from '@fastify/oauth2';
import AutoLoad from '@fastify/autoload';

const __dirname = path.dirname(fileURLToPath(import.meta.url));
const app = Fastify({ logger: true });

app.register(fastifyCookie);
app.register(fastifySession, {
  secret: process.env.SESSION_SECRET,
  cookieName: 'sid',
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 1000 * 60 * 60 * 8 },
});
app.register(fastifyOauth2, {
  name: 'googleOAuth2',
  scope: ['profile', 'email'],
  credentials: { client: { id: process.env.GOOGLE_ID, secret: process.env.GOOGLE_SECRET }, auth: fastifyOauth2.GOOGLE_CONFIGURATION },
  startRedirectPath: '/auth/google',
  callbackUri: 'https://example.com/auth/google/callback',
});
// routes/auth/index.js serves under /auth: autoload prefixes a folder's routes with its name.
app.register(AutoLoad, { dir: path.join(__dirname, 'routes') });

app.listen({ port: 3000 });
