import * as assert from 'node:assert/strict';
import type { AuthHandlerFact, CsrfSurfaceFact, SessionIdInputFact } from '../../../../rules/dist/model/lifecycleFacts';
import type { ProjectContext } from '../../../../rules/dist/model/project';
import { applyAndParse, factsOf, single, textAt } from './support/facts';

const handlers = (code: string, fileName = '/project/src/app.js', project?: ProjectContext): AuthHandlerFact[] =>
  factsOf(code, { fileName, project }).filter((f): f is AuthHandlerFact => f.kind === 'auth-handler');
const surfaces = (code: string, fileName = '/project/src/app.js'): CsrfSurfaceFact[] => factsOf(code, { fileName }).filter((f): f is CsrfSurfaceFact => f.kind === 'csrf-surface');
const idInputs = (code: string, fileName = '/project/src/app.js'): SessionIdInputFact[] =>
  factsOf(code, { fileName }).filter((f): f is SessionIdInputFact => f.kind === 'session-id-input');

describe('JS lifecycle: where handlers are found', () => {
  it('takes a plugin route without Fastify imports for Fastify (reply parameter, plugin instance)', () => {
    const code = `
module.exports = async function routes(fastify, opts) {
  fastify.post('/login', async (req, rep) => {
    const user = await fastify.users.verifyPassword(req.body.email, req.body.password);
    req.session.set('userId', user.id);
    return rep.send({ ok: true });
  });
};`;
    const fact = single(handlers(code));
    assert.equal(fact.framework, 'fastify');
    assert.equal(fact.renewal, 'missing');
    assert.equal(textAt(code, fact.identityWrite), "req.session.set('userId', user.id)");
    const fixed = applyAndParse(code, fact.renewEdits, '/project/src/app.js');
    assert.match(fixed, /\n {4}await req\.session\.regenerate\(\);\n {4}req\.session\.set\('userId'/);
  });

  it('finds routes registered inside app.register(async (instance) => …)', () => {
    const code = `
import Fastify from 'fastify';
const app = Fastify();
app.register(async (instance) => {
  instance.post('/login', async (request, reply) => {
    const user = await verifyPassword(request.body.email, request.body.password);
    request.session.user = user.id;
    return reply.redirect('/');
  });
}, { prefix: '/auth' });`;
    const fact = single(handlers(code));
    assert.equal(fact.framework, 'fastify');
    assert.equal(fact.route?.path, '/login');
    assert.equal(fact.rateLimited, false);
  });

  it('reads handlers that a controller module exports, by their names', () => {
    const code = `
module.exports = {
  async login(req, res) { const u = await User.verifyPassword(req.body); req.session.userId = u.id; res.end(); },
  logout(req, res) { delete req.session.userId; res.end(); },
  profile(req, res) { req.session.user = req.body; res.end(); },
};
exports.signIn = async (req, res) => { req.session.user = await User.find(req.body.id); res.end(); };`;
    const facts = handlers(code);
    assert.deepEqual(facts.map((f) => [f.role, f.route, f.evidence]), [
      ['login', undefined, 'User.verifyPassword'],
      ['logout', undefined, 'handler logout'],
      ['login', undefined, 'handler signIn'],
    ]);
    assert.equal(facts[0]!.rateLimited, undefined, 'the route of an exported handler is in another file');
    assert.deepEqual(facts[0]!.related?.map((r) => r.message), ['The handler exported as login.', 'The user identity is written into the session here.']);
  });

  it('does not report a handler twice when the file both exports and registers it', () => {
    const code = `
export async function login(req, res) { const u = await checkPassword(req.body); req.session.userId = u.id; res.end(); }
router.post('/login', login);`;
    assert.equal(single(handlers(code)).route?.path, '/login');
  });

  it('unwraps asyncHandler(fn) / catchAsync(fn) and takes the first of several paths', () => {
    const code = `
const catchAsync = (fn) => (req, res, next) => fn(req, res, next).catch(next);
async function signIn(req, res) { const u = await verifyPassword(req.body); req.session.userId = u.id; res.end(); }
router.post(['/login', '/signin'], asyncHandler(async (req, res) => { const u = await verifyPassword(req.body); req.session.user = u; res.end(); }));
router.post('/v2/login', catchAsync(signIn));`;
    const facts = handlers(code);
    assert.deepEqual(facts.map((f) => [f.route?.path, textAt(code, f.identityWrite)]), [
      ['/login', 'req.session.user = u'],
      ['/v2/login', 'req.session.userId = u.id'],
    ]);
  });

  it('sees the session destructured in the parameter list', () => {
    const code = `
fastify.post('/signin', async ({ body, session }, reply) => {
  const user = await checkCredentials(body);
  session.user = { id: user.id };
  return reply.redirect('/');
});`;
    assert.equal(single(handlers(code)).renewal, 'missing');
  });
});

describe('JS lifecycle: order of renewal and identity write', () => {
  const login = (body: string) => `
const util = require('node:util');
router.post('/login', async (req, res, next) => {
  const user = await verifyPassword(req.body.email, req.body.password);
${body}
  res.end();
});`;

  it('counts a promisified regenerate bound to a name where that name is awaited', () => {
    const fact = single(handlers(login('  const regenerate = util.promisify(req.session.regenerate.bind(req.session));\n  await regenerate();\n  req.session.userId = user.id;')));
    assert.equal(fact.renewal, 'renewed');
  });

  it('counts an inline promisified regenerate', () => {
    assert.equal(single(handlers(login('  await util.promisify(req.session.regenerate.bind(req.session))();\n  req.session.userId = user.id;'))).renewal, 'renewed');
  });

  it('does not count a promisified regenerate that is never awaited before the write', () => {
    const fact = single(handlers(login('  const regenerate = util.promisify(req.session.regenerate.bind(req.session));\n  req.session.userId = user.id;\n  await regenerate();')));
    assert.equal(fact.renewal, 'late');
  });

  it('counts a service that renews the session it is given', () => {
    assert.equal(single(handlers(login('  await this.sessions.regenerateSession(req);\n  req.session.userId = user.id;'))).renewal, 'renewed');
  });

  it('keeps a write persisted by save() before the regenerate as late', () => {
    const fact = single(handlers(login('  req.session.userId = user.id;\n  req.session.save(() => req.session.regenerate(() => res.end()));')));
    assert.equal(fact.renewal, 'late');
    assert.equal(fact.renewEdits, undefined, 'a late renewal needs moving, not a second one');
  });

  it('takes req.logIn for the identity write before passport 0.6 and for the renewal from 0.6 on', () => {
    const code = `
const passport = require('passport');
router.post('/login', passport.authenticate('local'), (req, res, next) => {
  req.logIn(req.user, (err) => { if (err) return next(err); req.session.mfa = true; res.end(); });
});`;
    const old = single(handlers(code, '/project/src/app.js', { dependencies: { passport: '0.5.3' } }));
    assert.equal(old.renewal, 'missing');
    assert.match(textAt(code, old.identityWrite) ?? '', /^req\.logIn\(/);
    assert.equal(single(handlers(code, '/project/src/app.js', { dependencies: { passport: '^0.7.0' } })).renewal, 'renewed');
  });
});

describe('JS lifecycle: logout', () => {
  it("takes express-session's regenerate() as ending the session, but not @fastify/session's", () => {
    const express = single(handlers(`const session = require('express-session');\napp.post('/logout', (req, res) => req.session.regenerate(() => res.end()));`));
    assert.equal(express.destruction, 'destroyed');
    const fastify = single(handlers(`import fastifySession from '@fastify/session';\napp.post('/logout', async (request) => { await request.session.regenerate(); return {}; });`));
    assert.equal(fastify.destruction, 'partial');
  });

  it('follows a helper of the file that destroys the session', () => {
    const code = `
function endSession(req) { return new Promise((resolve) => req.session.destroy(resolve)); }
app.post('/logout', async (req, res) => { await endSession(req); res.redirect('/'); });`;
    assert.equal(single(handlers(code)).destruction, 'destroyed');
  });

  it('reports expiring the cookie through req.session.cookie as partial, and lists the calls for logoutHelpers', () => {
    const code = `app.post('/logout', async (req, res) => { req.session.cookie.maxAge = 0; await audit.log(req); res.redirect('/'); });`;
    const fact = single(handlers(code));
    assert.equal(fact.destruction, 'partial');
    assert.equal(textAt(code, fact.partialRange), 'req.session.cookie.maxAge = 0');
    assert.deepEqual(fact.awaitedCalls, ['res.redirect', 'audit.log']);
  });

  it('suggests request.session.delete() for @fastify/secure-session', () => {
    const code = `import secureSession from '@fastify/secure-session';
app.register(secureSession, { key });
app.post('/logout', async (request, reply) => {
  request.session.set('userId', undefined);
  return reply.redirect('/');
});`;
    const fixed = applyAndParse(code, single(handlers(code)).destroyEdits);
    assert.match(fixed, /request\.session\.set\('userId', undefined\);\n {2}request\.session\.delete\(\);\n {2}return/);
  });
});

describe('JS lifecycle: rate limits', () => {
  it('does not count a limiter the file puts on other routes only', () => {
    const code = `
const rateLimit = require('express-rate-limit');
const limiter = rateLimit({ limit: 3 });
app.post('/contact', limiter, (req, res) => res.end());
app.post('/login', async (req, res) => { const u = await verifyPassword(req.body); req.session.userId = u.id; res.end(); });`;
    assert.equal(single(handlers(code)).rateLimited, false);
  });

  it('counts an app-wide app.use(limiter) and a limiter consumed in the handler', () => {
    const used = `const rateLimit = require('express-rate-limit');\napp.use('/auth', rateLimit({ limit: 5 }));\napp.post('/auth/login', async (req, res) => { const u = await verifyPassword(req.body); req.session.userId = u.id; res.end(); });`;
    assert.equal(single(handlers(used)).rateLimited, true);
    const consumed = `const { RateLimiterMemory } = require('rate-limiter-flexible');\nconst limiter = new RateLimiterMemory({ points: 5 });\napp.post('/login', async (req, res) => { await limiter.consume(req.ip); const u = await verifyPassword(req.body); req.session.userId = u.id; res.end(); });`;
    assert.equal(single(handlers(consumed)).rateLimited, true);
  });

  it('honours @fastify/rate-limit global: false and route config.rateLimit', () => {
    const code = (options: string) => `
import rateLimit from '@fastify/rate-limit';
await app.register(rateLimit, { global: false });
app.post('/login', ${options}async (request) => { const u = await verifyPassword(request.body); request.session.set('userId', u.id); return {}; });`;
    assert.equal(single(handlers(code(''))).rateLimited, false);
    assert.equal(single(handlers(code('{ config: { rateLimit: { max: 5 } } }, '))).rateLimited, true);
  });

  it('reports a token login without a session, but not a password change under /auth', () => {
    const code = `
app.post('/api/token', async (req, res) => { const u = await checkPassword(req.body); res.json({ token: sign(u) }); });
app.post('/auth/password', async (req, res) => { await comparePassword(req.body.current); res.end(); });`;
    const fact = single(handlers(code));
    assert.equal(fact.route?.path, '/api/token');
    assert.equal(fact.renewal, undefined, 'no session: session-regenerate-on-login has nothing to say');
  });

  it('takes @SkipThrottle() on a Nest method over the controller guard', () => {
    const code = `
import { Controller, Post, Req, UseGuards } from '@nestjs/common';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
@Controller('auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  @Post('login') async login(@Req() req) { const u = await verifyPassword(req.body); req.session.userId = u.id; }
  @SkipThrottle() @Post('signin') async signIn(@Req() req) { const u = await verifyPassword(req.body); req.session.userId = u.id; }
}`;
    assert.deepEqual(handlers(code, '/project/src/auth.controller.ts').map((f) => f.rateLimited), [true, false]);
  });
});

describe('JS lifecycle: CSRF surface and session ids from input', () => {
  it('reports @fastify/csrf-protection that no route uses', () => {
    const code = `
import fastifySession from '@fastify/session';
import fastifyCsrf from '@fastify/csrf-protection';
app.register(fastifySession, { secret });
app.register(fastifyCsrf);
app.post('/x', async () => ({}));`;
    const fact = single(surfaces(code));
    assert.equal(fact.defence.kind, 'disabled');
    assert.equal(textAt(code, fact.defence.kind === 'disabled' ? fact.defence.range : undefined), 'app.register(fastifyCsrf)');
    assert.equal(single(surfaces(`${code}\napp.addHook('onRequest', app.csrfProtection);`)).defence.kind, 'library');
  });

  it('finds ids adopted from input through the store, decryptSession and the session cookie', () => {
    const code = `
import fastifySession from '@fastify/session';
app.get('/a', (request, reply) => request.sessionStore.get(request.query.sid, () => reply.send()));
app.addHook('preHandler', (request, reply, done) => app.decryptSession(request.headers['x-sid'], request, done));
app.addHook('onRequest', (request, reply, done) => app.decryptSession(request.cookies.sessionId, request, done));
app.get('/c', (request, reply) => reply.setCookie('sessionId', request.query.s).send());
app.get('/d', (request, reply) => reply.setCookie('theme', request.query.t).send());`;
    const facts = idInputs(code);
    assert.deepEqual(facts.map((f) => f.source), ['request.query.sid', "request.headers['x-sid']", 'request.query.s']);
    assert.ok(facts.every((f) => f.library === '@fastify/session'));
  });
});
