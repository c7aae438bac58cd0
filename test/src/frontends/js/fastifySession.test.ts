import * as assert from 'node:assert/strict';
import { applyAndParse, assertAbsent, assertEnv, assertKnown, assertUnknown, projectWithModules, secretsOf, sessionConfigs, single, textAt } from './support/facts';

const fastifySessions = (code: string) => sessionConfigs(code).filter((f) => f.library === '@fastify/session' || f.library === 'fastify-session');

describe('@fastify/session adapter', () => {
  it('applies the plugin defaults: secure and httpOnly on, no SameSite, no maxAge, sessionId, in-memory store', () => {
    const code = `
import Fastify from 'fastify';
import fastifySession from '@fastify/session';
const app = Fastify();
app.register(fastifySession, { secret: process.env.SESSION_SECRET });`;
    const fact = single(fastifySessions(code));
    assert.equal(fact.serverSide, true);
    assert.equal(textAt(code, fact.range), 'app.register(fastifySession, { secret: process.env.SESSION_SECRET })');
    assert.equal(textAt(code, fact.optionsRange), '{ secret: process.env.SESSION_SECRET }');
    assertAbsent(fact.cookie.name, 'sessionId');
    assertAbsent(fact.cookie.secure, true);
    assertAbsent(fact.cookie.httpOnly, true);
    assertAbsent(fact.cookie.sameSite, undefined);
    assertAbsent(fact.cookie.maxAge, null);
    assertAbsent(fact.cookie.path, '/');
    assertAbsent(fact.session.store, 'memory');
    assertAbsent(fact.session.genid, []);
    assertAbsent(fact.session.rolling, true);
    assert.equal(fact.session.absoluteTimeout, undefined);
  });

  it('finds every registration form: require, dynamic import, await, chains, named export, legacy package', () => {
    const code = `
const fastify = require('fastify')();
const { fastifySession } = require('@fastify/session');
fastify.register(require('@fastify/session'), { secret: a, cookieName: 'one' });
fastify.register(import('@fastify/session'), { secret: a, cookieName: 'two' });
async function main() {
  await fastify.register(fastifySession, { secret: a, cookieName: 'three' });
  fastify.register(require('@fastify/cookie')).register((await import('@fastify/session')).default, { secret: a, cookieName: 'four' });
}
fastify.register(require('fastify-session'), { secret: a, cookieName: 'five' });`;
    const names = sessionConfigs(code).map((f) => (f.cookie.name.kind === 'known' ? `${f.library}:${f.cookie.name.value}` : '?'));
    assert.deepEqual(names, ['@fastify/session:one', '@fastify/session:two', '@fastify/session:three', '@fastify/session:four', 'fastify-session:five']);
  });

  it('reads a session plugin applied by calling it inside another plugin, as oddity does with fastify-session', () => {
    const code = `
import fp from 'fastify-plugin';
import FastifySessionPlugin from 'fastify-session';
const sessionPlugin = (fastify, _, done) => {
  const opts = { secret: fastify.config.SESSION_SECRET, cookie: { httpOnly: true, secure: true } };
  FastifySessionPlugin(fastify, opts, done);
  done();
};
export default fp(sessionPlugin, { name: 'session' });`;
    const fact = single(fastifySessions(code));
    assert.equal(textAt(code, fact.range), 'FastifySessionPlugin(fastify, opts, done)');
    assertAbsent(fact.cookie.sameSite, undefined);
    assertKnown(code, fact.cookie.httpOnly, true);
  });

  it('does not take a call of the plugin with fewer than an instance and options for an application', () => {
    const code = `
import FastifySessionPlugin from 'fastify-session';
const plugin = FastifySessionPlugin;
plugin(fastify);
FastifySessionPlugin.call(null, fastify, { secret: 'x' }, done);`;
    assert.deepEqual(fastifySessions(code), []);
  });

  it('does not take other plugins or non-register calls for a session', () => {
    const code = `
import session from '@fastify/session';
import cors from '@fastify/cors';
app.register(cors, { origin: true });
app.use(session({ secret: 'x' }));
const s = session;`;
    assert.deepEqual(fastifySessions(code), []);
  });

  it('reads cookie options with maxAge in milliseconds, and secure: auto as environment-dependent', () => {
    const code = `
import session from '@fastify/session';
app.register(session, {
  secret: process.env.S,
  cookieName: '__Host-sid',
  cookie: { secure: 'auto', httpOnly: false, sameSite: 'Strict', maxAge: 30 * 60 * 1000, domain: 'example.com', path: '/app' },
  rolling: false,
});`;
    const fact = single(fastifySessions(code));
    assertKnown(code, fact.cookie.name, '__Host-sid', "'__Host-sid'");
    assertEnv(code, fact.cookie.secure, [true, false], "'auto'");
    assertKnown(code, fact.cookie.httpOnly, false, 'false');
    assertKnown(code, fact.cookie.sameSite, 'strict');
    assertKnown(code, fact.cookie.maxAge, 1800);
    assertKnown(code, fact.cookie.domain, 'example.com');
    assertKnown(code, fact.cookie.path, '/app');
    assertKnown(code, fact.session.rolling, false);
  });

  it('treats cookie.expires without maxAge as a persistent cookie of that lifetime', () => {
    const code = `
import session from '@fastify/session';
app.register(session, { secret: s, cookie: { expires: new Date(Date.now() + 2 * 24 * 3600 * 1000) } });`;
    assertKnown(code, single(fastifySessions(code)).cookie.maxAge, 2 * 24 * 3600);
  });

  it('resolves options through consts, spreads, helper functions and the options-function form', () => {
    const code = `
import session from '@fastify/session';
const cookie = { secure: true, httpOnly: true };
function sessionOptions() { return { secret: process.env.S, cookie: { ...cookie, maxAge: 60000 } }; }
app.register(session, sessionOptions());
app.register(session, (parent) => ({ secret: parent.config.S, cookieName: 'fn' }));`;
    const [helper, fn] = fastifySessions(code);
    assertKnown(code, helper!.cookie.secure, true);
    assertKnown(code, helper!.cookie.maxAge, 60);
    assertKnown(code, fn!.cookie.name, 'fn');
  });

  it('leaves values it cannot see unknown, not absent', () => {
    const code = `
import session from '@fastify/session';
import { options } from 'some-config';
app.register(session, options);
app.register(session, { ...options, cookieName: 'x' });`;
    const [opaque, spread] = fastifySessions(code);
    assertUnknown(opaque!.cookie.secure);
    assertUnknown(opaque!.session.store);
    assertUnknown(spread!.cookie.httpOnly);
    assertKnown(code, spread!.cookie.name, 'x');
  });

  it('resolves options imported from a relative module when the face can read it', () => {
    const code = `
import session from '@fastify/session';
import { sessionOptions } from './config';
app.register(session, sessionOptions);`;
    const config = `export const sessionOptions = { secret: 'imported-secret-imported-secret-1234', cookieName: 'sid', cookie: { httpOnly: false } };`;
    const fact = single(sessionConfigs(code, { project: projectWithModules({ 'config.ts': config }) }).filter((f) => f.library === '@fastify/session'));
    assertKnown(config, fact.cookie.name, 'sid');
    const httpOnly = fact.cookie.httpOnly;
    assert.ok(httpOnly.kind === 'known' && httpOnly.value === false && httpOnly.file === '/project/src/config.ts');
    assertUnknown(single(fastifySessions(code)).cookie.httpOnly);
  });

  it('tells the memory store from real ones', () => {
    const code = `
import fastifySession, { MemoryStore } from '@fastify/session';
import { RedisStore } from 'connect-redis';
app.register(fastifySession, { secret: s, store: new MemoryStore() });
app.register(fastifySession, { secret: s, store: new fastifySession.Store() });
app.register(fastifySession, { secret: s, store: new RedisStore({ client }) });
app.register(fastifySession, { secret: s, store: undefined });
app.register(fastifySession, { secret: s, store: prod ? new RedisStore({ client }) : new MemoryStore() });`;
    const [memory, store, redis, undef, conditional] = fastifySessions(code).map((f) => f.session.store);
    assertKnown(code, memory, 'memory', 'store: new MemoryStore()');
    assertKnown(code, store, 'memory');
    assertKnown(code, redis, 'new RedisStore({ client })');
    assertAbsent(undef, 'memory');
    assertEnv(code, conditional, ['new RedisStore({ client })', 'memory']);
  });

  it('reads idGenerator weaknesses, and module generators by name', () => {
    const code = `
import session from '@fastify/session';
import { v1, v4 } from 'uuid';
import { randomUUID } from 'node:crypto';
app.register(session, { secret: s, idGenerator: () => Date.now().toString(36) + Math.random() });
app.register(session, { secret: s, idGenerator: v1 });
app.register(session, { secret: s, idGenerator: v4 });
app.register(session, { secret: s, idGenerator: () => randomUUID() });`;
    const [weak, uuid1, uuid4, strong] = fastifySessions(code).map((f) => f.session.genid);
    assertKnown(code, weak, ['Date.now', 'Math.random']);
    assertKnown(code, uuid1, ['uuid.v1']);
    assertKnown(code, uuid4, []);
    assertKnown(code, strong, []);
  });

  it('reports secrets: strings, rotation arrays, env fallbacks; a signer object stays unknown', () => {
    const code = `
import session from '@fastify/session';
app.register(session, { secret: 'a secret with minimum length of 32 characters' });
app.register(session, { secret: [process.env.NEW_SECRET, 'old-secret-still-accepted-for-rotation'] });
app.register(session, { secret: process.env.S || 'fallback-secret-fallback-secret-123' });
app.register(session, { secret: { sign: (v) => v, unsign: (v) => ({ valid: true, renew: false, value: v }) } });`;
    const secrets = secretsOf(code).filter((f) => f.library === '@fastify/session');
    assert.deepEqual(secrets.map((s) => s.option), ['secret', 'secret[0]', 'secret[1]', 'secret', 'secret']);
    assert.ok(secrets.every((s) => s.purpose === 'session'));
    assertKnown(code, secrets[0]!.value, 'a secret with minimum length of 32 characters');
    assertEnv(code, secrets[1]!.value);
    assertKnown(code, secrets[2]!.value, 'old-secret-still-accepted-for-rotation');
    const fallback = secrets[3]!.value;
    assert.ok(fallback.kind === 'env' && fallback.fallback?.value === 'fallback-secret-fallback-secret-123');
    assertUnknown(secrets[4]!.value);
  });

  it('reads the autoload form: the plugin as default export, autoConfig as options', () => {
    const code = `
import fastifySession from '@fastify/session';
export const autoConfig = { secret: process.env.S, cookieName: 'auto', cookie: { secure: false } };
export default fastifySession;`;
    const fact = single(fastifySessions(code));
    assert.equal(textAt(code, fact.range), 'fastifySession');
    assertKnown(code, fact.cookie.name, 'auto');
    assertKnown(code, fact.cookie.secure, false);
    const cjs = `
module.exports = require('@fastify/session');
module.exports.autoConfig = (fastify) => ({ secret: fastify.config.S, cookie: { httpOnly: false } });`;
    assertKnown(cjs, single(fastifySessions(cjs)).cookie.httpOnly, false);
    const none = `import fastifySession from '@fastify/session';\nexport default fastifySession;`;
    assertAbsent(single(fastifySessions(none)).cookie.name, 'sessionId');
  });

  it('edits in @fastify/session option shapes: cookie.* in ms, cookieName, idGenerator', () => {
    const code = `import session from '@fastify/session';
app.register(session, {
  secret: process.env.S,
  cookie: { secure: false },
  idGenerator: () => Math.random().toString(),
});`;
    const fact = single(fastifySessions(code));
    const secure = applyAndParse(code, fact.editor?.setOption('secure', { type: 'boolean', value: true }));
    assert.match(secure, /cookie: \{ secure: true \}/);
    const maxAge = applyAndParse(code, fact.editor?.setOption('maxAge', { type: 'duration', seconds: 1800 }));
    assert.match(maxAge, /cookie: \{ secure: false, maxAge: 30 \* 60 \* 1000 \}/);
    const name = applyAndParse(code, fact.editor?.setOption('name', { type: 'string', value: '__Host-sid' }));
    assert.match(name, /cookieName: '__Host-sid'/);
    const removed = applyAndParse(code, fact.editor?.removeOption?.('genid'));
    assert.doesNotMatch(removed, /idGenerator/);
    assert.equal(fact.optionName('httpOnly'), 'cookie.httpOnly');
    assert.equal(fact.optionName('name'), 'cookieName');
    assert.equal(fact.optionName('genid'), 'idGenerator');
  });

  it('adds an options argument to a registration that has none', () => {
    const code = `import session from '@fastify/session';\napp.register(session);`;
    const fact = single(fastifySessions(code));
    assertAbsent(fact.cookie.name, 'sessionId');
    const edited = applyAndParse(code, fact.editor?.setOption('sameSite', { type: 'string', value: 'lax' }));
    assert.match(edited, /app\.register\(session, \{ cookie: \{ sameSite: 'lax' \} \}\);/);
  });
});
