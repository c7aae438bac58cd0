import fp from 'fastify-plugin';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import type { FastifyInstance } from 'fastify';

const ONE_WEEK = 7 * 24 * 60 * 60 * 1000;

declare module 'fastify' {
  interface Session {
    userId?: string;
    displayName?: string;
  }
}

export default fp(async function sessionPlugin(fastify: FastifyInstance) {
  await fastify.register(fastifyCookie, {
    secret: 'cookie-signing-secret',
    parseOptions: { path: '/' },
  });

  await fastify.register(fastifySession, {
    secret: 'a secret with minimum length of 32 characters',
    cookie: {
      secure: false,
      httpOnly: false,
      maxAge: ONE_WEEK,
    },
    rolling: true,
    saveUninitialized: false,
  });
}, { name: 'session' });
