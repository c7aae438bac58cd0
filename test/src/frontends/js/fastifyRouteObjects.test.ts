import * as assert from 'node:assert/strict';
import type { AuthHandlerFact } from '../../../../rules/dist/model/lifecycleFacts';
import type { ProjectContext } from '../../../../rules/dist/model/project';
import { factsOf, textAt } from './support/facts';

const fastifyApp: ProjectContext = { dependencies: { fastify: '^4.28.1' } };
const logins = (code: string, project: ProjectContext = fastifyApp, fileName = '/project/src/routes/auth.ts'): AuthHandlerFact[] =>
  factsOf(code, { fileName, project }).filter((f): f is AuthHandlerFact => f.kind === 'auth-handler' && f.role === 'login');
const paths = (code: string, facts: readonly AuthHandlerFact[]): string[] => facts.map((f) => `${textAt(code, f.route?.pathRange)} ${f.rateLimited}`);

describe('JS lifecycle: Fastify route objects written apart from their route() call', () => {
  it('reads `const signIn: RouteOptions = {…}` registered with server.route(signIn), and its config.rateLimit', () => {
    const code = `
import { FastifyInstance, RouteOptions } from 'fastify';
import * as controller from '../controllers';
const signIn: RouteOptions = {
  method: 'POST',
  url: '/signin',
  handler: async (request, reply) => {
    const user = await controller.signInUserController(request.body as SignInBody);
    return user ? reply.send(user) : reply.code(401).send();
  },
};
const adminSignIn: RouteOptions = {
  method: 'POST',
  url: '/admin/signin',
  config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
  handler: async (request, reply) => reply.send(await controller.adminSignIn(request.body)),
};
export default async function routes(server: FastifyInstance) {
  server.route(signIn);
  server.route(adminSignIn);
}`;
    assert.deepEqual(paths(code, logins(code)), ["'/signin' false", "'/admin/signin' true"]);
  });

  it('reads a list registered in a loop: forEach, map and for…of', () => {
    for (const loop of ['routes.forEach((route) => fastify.route(route));', 'routes.map((r) => fastify.route(r));', 'for (const route of routes) fastify.route(route);']) {
      const code = `
const argon2 = require('argon2');
const routes = [
  { method: 'GET', url: '/me', handler: async (request) => request.user },
  {
    method: 'POST',
    url: '/login',
    handler: async (request, reply) => {
      const user = await users.byEmail(request.body.email);
      if (!user || !(await argon2.verify(user.hash, request.body.password))) return reply.code(401).send();
      return { token: await reply.jwtSign({ sub: user.id }) };
    },
  },
];
module.exports = function plugin(fastify, options, done) {
  ${loop}
  done();
};`;
      assert.deepEqual(paths(code, logins(code, fastifyApp, '/project/src/routes/auth.js')), ["'/login' false"], loop);
    }
  });

  it('reads the route objects a module exports for another file to register, once', () => {
    const code = `
const controller = require('../controllers/auth');
const AuthRouter = [
  { method: 'POST', url: '/auth/login', handler: controller.login },
  { method: ['GET', 'HEAD'], url: '/auth/me', handler: controller.me },
];
module.exports = { AuthRouter };`;
    assert.deepEqual(paths(code, logins(code, fastifyApp, '/project/src/routers/auth.js')), ["'/auth/login' false"]);
  });

  it('leaves hapi routes, HTTP client requests and Express route() chains alone', () => {
    // Route objects declared in a package that does not depend on Fastify (a hapi app's list, registered by hapi).
    const hapi = `
const routes = [{ method: 'POST', url: '/login', handler: (request, h) => login(request.payload) }];
module.exports = routes;`;
    assert.deepEqual(logins(hapi, { dependencies: { '@hapi/hapi': '^21.3.0' } }, '/project/src/server.js'), []);
    // An axios request config has a method and a url but no handler.
    const client = `
import axios from 'axios';
export const login = (email: string, password: string) => axios.request({ method: 'POST', url: '/login', data: { email, password } });`;
    assert.deepEqual(logins(client, fastifyApp, '/project/src/api/client.ts'), []);
    const express = `
const router = require('express').Router();
const path = '/login';
router.route(path).get((req, res) => res.render('login'));
module.exports = router;`;
    assert.deepEqual(logins(express, { dependencies: { express: '^4.21.2' } }, '/project/src/routes/login.js'), []);
  });
});
