import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import MongoStore from 'connect-mongo';
import { apiRoutes } from './core/api';

const app = Fastify({ logger: true });

app.register(fastifyCookie);
app.register(fastifySession, {
  secret: process.env.SESSION_SECRET as string,
  cookieName: 'council.sid',
  store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }) as never,
  cookie: { secure: true, httpOnly: true, sameSite: 'strict', maxAge: 8 * 60 * 60 * 1000 },
});
app.register(apiRoutes, { prefix: '/api/v1' });

app.listen({ port: 4000 });
