import * as assert from 'node:assert/strict';
import type { ProjectContext } from '../../../../rules/dist/model/project';
import { applyAndParse, assertAbsent, assertKnown, assertUnknown, cookieWrites, secretsOf, single, textAt } from './support/facts';

const setCookies = (code: string, project?: ProjectContext) => cookieWrites(code, { project }).filter((f) => f.library === '@fastify/cookie');
const names = (code: string) => setCookies(code).map((f) => (f.cookie.name.kind === 'known' ? f.cookie.name.value : '?'));

describe('@fastify/cookie adapter', () => {
  it('applies setCookie defaults: no HttpOnly, no Secure, SameSite lax, maxAge in seconds', () => {
    const code = `
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
const app = Fastify();
app.register(cookie);
app.get('/', async (request, reply) => {
  reply.setCookie('session', 'v');
  reply.setCookie('token', 'v', { maxAge: 3600, httpOnly: true });
});`;
    const [bare, withOptions] = setCookies(code);
    assert.equal(textAt(code, bare!.range), "reply.setCookie('session', 'v')");
    assertKnown(code, bare!.cookie.name, 'session', "'session'");
    assertAbsent(bare!.cookie.httpOnly, false);
    assertAbsent(bare!.cookie.secure, false);
    assertAbsent(bare!.cookie.sameSite, 'lax');
    assertAbsent(bare!.cookie.maxAge, null);
    assertAbsent(bare!.cookie.path, undefined);
    assertKnown(code, withOptions!.cookie.maxAge, 3600, '3600');
    assertKnown(code, withOptions!.cookie.httpOnly, true);
  });

  it('sends no SameSite by default before @fastify/cookie 10 and in the legacy package', () => {
    const code = `import cookie from '@fastify/cookie';\napp.get('/', (request, reply) => reply.setCookie('sid', 'v'));`;
    assertAbsent(single(setCookies(code, { dependencies: { '@fastify/cookie': '^9.3.1' } })).cookie.sameSite, undefined);
    assertAbsent(single(setCookies(code, { dependencies: { '@fastify/cookie': '^10.0.0' } })).cookie.sameSite, 'lax');
    assertAbsent(single(setCookies(code, { dependencies: {} })).cookie.sameSite, 'lax');
    const legacy = `const cookie = require('fastify-cookie');\nfastify.get('/', (req, reply) => reply.setCookie('sid', 'v'));`;
    assertAbsent(single(setCookies(legacy)).cookie.sameSite, undefined);
  });

  it('finds replies by name, by FastifyReply type, through chains; cookie() is an alias', () => {
    const code = `
import type { FastifyReply } from 'fastify';
export async function login(request, res: FastifyReply) { res.cookie('a', '1'); }
app.get('/b', (req, reply) => reply.code(201).header('x-a', '1').setCookie('b', '2').send());
app.get('/c', function (request, rep) { rep.cookie('c', '3'); });
app.get('/d', (req, res) => { res.setCookie('d', '4'); });`;
    assert.deepEqual(names(code), ['a', 'b', 'c', 'd']);
  });

  it('leaves Express responses and look-alike APIs alone', () => {
    const code = `
import express from 'express';
import nookies from 'nookies';
app.get('/', (req, res) => { res.cookie('express', '1'); });
export function getServerSideProps(ctx) { nookies.setCookie(ctx, 'next', '1'); }
const jar = new Map(); jar.cookie = () => {}; jar.cookie('map', '1');`;
    assert.deepEqual(names(code), []);
  });

  it('takes reply.clearCookie and expired cookies for deletions', () => {
    const code = `
app.post('/logout', (request, reply) => {
  reply.clearCookie('session', { path: '/' });
  reply.setCookie('token', '', { maxAge: 0 });
  reply.setCookie('sid', '', { expires: new Date(0) });
  reply.setCookie('live', 'v', { expires: new Date(Date.now() + 3600 * 1000) });
});`;
    const facts = setCookies(code);
    assert.deepEqual(facts.map((f) => f.clearing), [true, true, true, false]);
    assertKnown(code, facts[3]!.cookie.maxAge, 3600);
  });

  it('reads the signing secret given at registration', () => {
    const code = `
import cookie from '@fastify/cookie';
app.register(cookie, { secret: 'my-secret', parseOptions: {} });
app.register(cookie, { secret: ['k1-very-long-key-for-cookie-signing', process.env.OLD_COOKIE_SECRET] });
app.register(cookie, { secret: { sign: (v) => v, unsign: (v) => ({ valid: true, renew: false, value: v }) } });`;
    const secrets = secretsOf(code).filter((s) => s.library === '@fastify/cookie');
    assert.deepEqual(secrets.map((s) => s.option), ['secret', 'secret[0]', 'secret[1]', 'secret']);
    assert.ok(secrets.every((s) => s.purpose === 'cookie-signing'));
    assertKnown(code, secrets[0]!.value, 'my-secret');
    assertUnknown(secrets[3]!.value);
  });

  it('uses parseOptions as defaults under the call options', () => {
    const code = `
import cookie from '@fastify/cookie';
app.register(cookie, { parseOptions: { httpOnly: true, secure: true, maxAge: 600 } });
app.get('/', async (request, reply) => {
  reply.setCookie('a', '1');
  reply.setCookie('b', '2', { secure: false });
});`;
    const [a, b] = setCookies(code);
    assertKnown(code, a!.cookie.httpOnly, true, 'true');
    assertKnown(code, a!.cookie.maxAge, 600);
    assertKnown(code, b!.cookie.secure, false, 'false');
    assertKnown(code, b!.cookie.httpOnly, true);
    assert.equal(a!.related?.length, 1);
  });

  it('leaves attributes unknown when the registration options cannot be seen', () => {
    const code = `
import cookie from '@fastify/cookie';
import { cookieOptions } from 'shared-config';
app.register(cookie, cookieOptions);
app.get('/', async (request, reply) => { reply.setCookie('a', '1', { secure: true }); });`;
    const fact = single(setCookies(code));
    assertUnknown(fact.cookie.httpOnly);
    assertKnown(code, fact.cookie.secure, true);
  });

  describe('encapsulation', () => {
    it('confines parseOptions to the plugin that registers them', () => {
      const code = `
import cookie from '@fastify/cookie';
app.register(async (child) => {
  child.register(cookie, { parseOptions: { httpOnly: true } });
  child.get('/in', async (request, reply) => { reply.setCookie('inside', '1'); });
  child.register(async (grandchild) => {
    grandchild.get('/deep', async (request, reply) => { reply.setCookie('deep', '1'); });
  });
});
app.get('/out', async (request, reply) => { reply.setCookie('outside', '1'); });`;
      const [inside, deep, outside] = setCookies(code);
      assertKnown(code, inside!.cookie.httpOnly, true);
      assertKnown(code, deep!.cookie.httpOnly, true);
      assertAbsent(outside!.cookie.httpOnly, false);
    });

    it('lets fastify-plugin (and skip-override) share them with the parent', () => {
      const code = `
import cookie from '@fastify/cookie';
import fp from 'fastify-plugin';
async function cookies(instance) { instance.register(cookie, { parseOptions: { httpOnly: true } }); }
app.register(fp(cookies));
async function more(instance) { instance.register(cookie, { parseOptions: { secure: true } }); }
more[Symbol.for('skip-override')] = true;
app.register(async (sibling) => {
  sibling.register(more);
  sibling.get('/s', async (request, reply) => { reply.setCookie('sib', '1'); });
});
app.get('/', async (request, reply) => { reply.setCookie('top', '1'); });`;
      const [sib, top] = setCookies(code);
      assertKnown(code, top!.cookie.httpOnly, true);
      assertAbsent(top!.cookie.secure, false);
      assertKnown(code, sib!.cookie.secure, true);
    });

    it('follows named plugins and handlers to where they are registered', () => {
      const code = `
import cookie from '@fastify/cookie';
async function login(request, reply) { reply.setCookie('sid', '1'); }
async function authRoutes(auth) {
  auth.register(cookie, { parseOptions: { secure: true } });
  auth.post('/login', login);
}
async function publicRoutes(pub) { pub.get('/x', async (request, reply) => reply.setCookie('pub', '1')); }
app.register(authRoutes);
app.register(publicRoutes);`;
      const [sid, pub] = setCookies(code);
      assertKnown(code, sid!.cookie.secure, true);
      assertAbsent(pub!.cookie.secure, false);
    });

    it("applies an fp plugin file's registration to every route of the file", () => {
      const code = `
import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
export default fp(async (fastify) => {
  fastify.register(cookie, { parseOptions: { sameSite: 'strict' } });
  fastify.get('/x', async (request, reply) => reply.setCookie('sid', '1'));
});`;
      assertKnown(code, single(setCookies(code)).cookie.sameSite, 'strict');
    });

    it("applies an autoload cookie plugin file's autoConfig to its routes", () => {
      const code = `
import cookie from '@fastify/cookie';
export const autoConfig = { parseOptions: { httpOnly: true } };
export default cookie;
export function helper(request, reply) { reply.setCookie('sid', '1'); }`;
      assertKnown(code, single(setCookies(code)).cookie.httpOnly, true);
    });
  });

  describe('edits', () => {
    it('adds the option to the call, or an options argument when there is none', () => {
      const code = `app.get('/', (request, reply) => {\n  reply.setCookie('sid', id);\n  reply.setCookie('token', id, { path: '/' });\n});`;
      const [bare, withOptions] = setCookies(code);
      const added = applyAndParse(code, bare!.editor?.setOption('httpOnly', { type: 'boolean', value: true }));
      assert.match(added, /reply\.setCookie\('sid', id, \{ httpOnly: true \}\);/);
      const inserted = applyAndParse(code, withOptions!.editor?.setOption('maxAge', { type: 'duration', seconds: 1800 }));
      assert.match(inserted, /\{ path: '\/', maxAge: 30 \* 60 \}/);
      const renamed = applyAndParse(code, bare!.editor?.setOption('name', { type: 'string', value: '__Host-sid' }));
      assert.match(renamed, /setCookie\('__Host-sid', id\)/);
    });

    it('edits parseOptions when only the registration decides the attribute', () => {
      const code = `import cookie from '@fastify/cookie';
app.register(cookie, { parseOptions: { httpOnly: false, domain: '.example.com' } });
app.get('/', (request, reply) => {
  reply.setCookie('sid', id);
  reply.setCookie('token', id, { httpOnly: false });
});`;
      const [sid, token] = setCookies(code);
      const viaParse = applyAndParse(code, sid!.editor?.setOption('httpOnly', { type: 'boolean', value: true }));
      assert.match(viaParse, /parseOptions: \{ httpOnly: true, domain/);
      const viaCall = applyAndParse(code, token!.editor?.setOption('httpOnly', { type: 'boolean', value: true }));
      assert.match(viaCall, /setCookie\('token', id, \{ httpOnly: true \}\)/);
      assert.match(viaCall, /parseOptions: \{ httpOnly: false/);
      const removed = applyAndParse(code, sid!.editor?.removeOption?.('domain'));
      assert.doesNotMatch(removed, /domain/);
    });
  });

  describe('Set-Cookie headers on a reply', () => {
    it('reads reply.header, reply.headers and reply.raw writes', () => {
      const code = `
app.get('/', async (request, reply) => {
  reply.header('set-cookie', 'sid=abc; Path=/; HttpOnly');
  reply.headers({ 'Set-Cookie': ['token=1; Secure', 'theme=dark'] });
  reply.raw.setHeader('Set-Cookie', 'raw=1; SameSite=Strict');
  reply.header('content-type', 'text/plain');
});`;
      const headers = cookieWrites(code).filter((f) => f.library === 'set-cookie-header');
      assert.deepEqual(headers.map((f) => (f.cookie.name.kind === 'known' ? f.cookie.name.value : '?')), ['sid', 'token', 'theme', 'raw']);
      assertKnown(code, headers[0]!.cookie.httpOnly, true);
      assertAbsent(headers[1]!.cookie.httpOnly, false);
    });
  });
});
