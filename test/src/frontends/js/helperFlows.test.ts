import * as assert from 'node:assert/strict';
import type { AuthHandlerFact } from '../../../../rules/dist/model/lifecycleFacts';
import type { ProjectContext } from '../../../../rules/dist/model/project';
import { factsOf, projectWithModules, single, textAt } from './support/facts';

const handlers = (code: string, project?: ProjectContext, fileName = '/project/src/app.ts'): AuthHandlerFact[] =>
  factsOf(code, { fileName, project }).filter((f): f is AuthHandlerFact => f.kind === 'auth-handler');
const logins = (code: string, project?: ProjectContext): AuthHandlerFact[] => handlers(code, project).filter((f) => f.role === 'login');

describe('JS lifecycle: logins and logouts inside helpers and services', () => {
  it('reports a same-file helper’s identity write at the write, and takes the route for a login', () => {
    const code = `
const express = require('express');
const bcrypt = require('bcrypt');
const router = express.Router();
function startSession(req, user) {
  req.session.userId = user.id;
}
router.post('/session/new', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.hash))) return res.sendStatus(401);
  startSession(req, user);
  res.redirect('/');
});
module.exports = router;`;
    const fact = single(logins(code));
    assert.equal(fact.renewal, 'missing');
    assert.equal(textAt(code, fact.identityWrite), 'req.session.userId = user.id');
  });

  it('takes a helper that renews before it writes for a renewing login', () => {
    const code = `
const express = require('express');
const router = express.Router();
function startSession(req, user, done) {
  req.session.regenerate((err) => {
    if (err) return done(err);
    req.session.userId = user.id;
    done();
  });
}
router.post('/login', async (req, res, next) => {
  const user = await User.authenticate(req.body.email, req.body.password);
  startSession(req, user, (err) => (err ? next(err) : res.redirect('/')));
});
module.exports = router;`;
    assert.equal(single(logins(code)).renewal, 'renewed');
  });

  it('follows an injected service into its module and reports at the controller’s call', () => {
    const service = `
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
@Injectable()
export class AuthService {
  async login(session: any, name: string, password: string) {
    const account = await this.accounts.findOneBy({ name });
    if (createHash('sha256').update(account.salt + password).digest('hex') !== account.password) throw new Error('denied');
    session.currentUserState = { id: account.id };
  }
}`;
    const controller = `
import { Body, Controller, Post, Session } from '@nestjs/common';
import { AuthService } from './auth.service';
@Controller('api')
export class AccountsController {
  constructor(private readonly authService: AuthService) {}
  @Post('auth/login')
  async login(@Session() session: any, @Body() body: { name: string; password: string }) {
    await this.authService.login(session, body.name, body.password);
  }
}`;
    const fact = single(logins(controller, projectWithModules({ 'auth.service.ts': service })));
    assert.equal(fact.renewal, 'missing');
    assert.equal(textAt(controller, fact.identityWrite), 'this.authService.login(session, body.name, body.password)');
    assert.equal(fact.evidence, 'password comparison');
    assert.ok(fact.related?.some((r) => r.file === '/project/src/auth.service.ts'), 'the service’s write is related information');
    assert.equal(fact.rateLimited, false);
  });

  it('does not follow a service the session never reaches: a token login stays without renewal', () => {
    const service = `
import { Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
@Injectable()
export class AuthService {
  async token(name: string, password: string) {
    const user = await this.users.find(name);
    if (!(await bcrypt.compare(password, user.hash))) throw new Error('denied');
    return this.jwt.sign({ sub: user.id });
  }
}`;
    const controller = `
import { Body, Controller, Post } from '@nestjs/common';
import { AuthService } from './auth.service';
@Controller('auth')
export class AuthController {
  constructor(private readonly authService: AuthService) {}
  @Post('token')
  token(@Body() body: { name: string; password: string }) {
    return this.authService.token(body.name, body.password);
  }
}`;
    const fact = single(logins(controller, projectWithModules({ 'auth.service.ts': service })));
    assert.equal(fact.renewal, undefined, 'no session: nothing to renew');
    assert.equal(fact.rateLimited, false, 'a password checked in the service still asks for a rate limit');
  });

  it('judges a logout helper by what it does: a key deleted is partial, a destroy is silent', () => {
    const helpers = `
export function endSession(req) { delete req.session.user; }
export function destroySession(req, done) { req.session.destroy(done); }`;
    const routes = (helper: string): string => `
import express from 'express';
import { ${helper} } from './session-helpers';
const router = express.Router();
router.post('/logout', (req, res) => { ${helper}(req, () => res.redirect('/')); });
export default router;`;
    const project = projectWithModules({ 'session-helpers.js': helpers });
    const partial = single(handlers(routes('endSession'), project));
    assert.equal(partial.destruction, 'partial');
    assert.equal(textAt(routes('endSession'), partial.partialRange), "endSession(req, () => res.redirect('/'))");
    assert.equal(single(handlers(routes('destroySession'), project)).destruction, 'destroyed');
  });

  it('takes any key written after a password check for the identity, but not a pending second factor', () => {
    const login = (key: string): string => `
const express = require('express');
const bcrypt = require('bcrypt');
const app = express();
app.post('/admin', async (req, res) => {
  const admin = await Admin.findOne({ name: req.body.name });
  if (!(await bcrypt.compare(req.body.password, admin.hash))) return res.sendStatus(401);
  req.session.${key} = true;
  res.redirect('/admin/home');
});`;
    assert.equal(single(logins(login('admin_logged_in'))).renewal, 'missing');
    assert.deepEqual(logins(login('twoFactorPending')).map((f) => f.renewal), [], 'a 2FA step is no login yet');
    assert.deepEqual(logins(login('flash')).map((f) => f.renewal), []);
  });

  it('does not take two fields of one form compared for a credential check', () => {
    const code = `
const express = require('express');
const app = express();
app.post('/profile', (req, res) => {
  if (req.body.password !== req.body.confirmPassword) return res.sendStatus(400);
  req.session.theme = req.body.theme;
  res.end();
});`;
    assert.deepEqual(logins(code), []);
  });

  it('takes a password check that hands out a token for a login whatever the path says, but not a password change', () => {
    const route = (path: string, answer: string): string => `
import bcrypt from 'bcrypt';
export default async (server) => server.post('${path}', async function (request, reply) {
  const user = await this.mongo.db.collection('users').findOne({ login: request.body.login });
  if (!user || !(await bcrypt.compare(request.body.password, user.password))) return reply.code(400).send({ ok: false });
  ${answer}
});`;
    const typo = single(handlers(route('/api/users/sigin', "return reply.send({ token: server.jwt.sign({ id: user._id }, { expiresIn: '15m' }) });")));
    assert.equal(typo.role, 'login');
    assert.equal(typo.rateLimited, false);
    assert.deepEqual(handlers(route('/api/users/password', 'await this.mongo.db.collection(\'users\').updateOne({ _id: user._id }, { $set: { password: await bcrypt.hash(request.body.next, 12) } }); return reply.send({ ok: true });')), []);
  });
});
