import fp from 'fastify-plugin';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';

export default fp(async (fastify) => {
  await fastify.register(fastifyCookie);
  // expect: csrf
  await fastify.register(fastifySession, {
    secret: process.env.SESSION_SECRET,
    cookieName: 'sid',
    cookie: { secure: true, httpOnly: true, maxAge: 1800000 },
  });
}, { name: 'session' });
