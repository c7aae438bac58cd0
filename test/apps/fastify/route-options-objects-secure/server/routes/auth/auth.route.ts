import { FastifyInstance, RouteOptions } from 'fastify';
import * as controller from '../../controllers/auth.controller';
import type { SignInBody } from '../../controllers/auth.controller';

const cookieOptions = { path: '/', secure: true, httpOnly: true, sameSite: 'strict' as const, maxAge: 3600 };

const signIn: RouteOptions = {
  method: 'POST',
  // ok: login-rate-limit
  url: '/signin',
  // Five attempts a minute per client (the plugin is registered with `global: false`).
  config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
  handler: async (request, reply) => {
    const userData = await controller.signInUserController(request.body as SignInBody);
    if (!userData) return reply.code(401).send({ message: 'Invalid email or password' });
    reply.setCookie('token', userData.token, cookieOptions);
    return reply.send({ user: userData.user });
  },
};

const logOut: RouteOptions = {
  method: 'POST',
  // ok: session-destroy-on-logout
  url: '/logout',
  handler: async (_request, reply) => {
    reply.clearCookie('token', { path: '/' });
    return reply.send({ message: 'Logged out' });
  },
};

export default async function initAuthRoutes(server: FastifyInstance) {
  server.route(signIn);
  server.route(logOut);
}
