import * as assert from 'node:assert/strict';
import type { ProjectContext } from '../../../../rules/dist/model/project';
import { applyAndParse, assertAbsent, assertEnv, assertKnown, assertUnknown, secretsOf, sessionConfigs, single, textAt } from './support/facts';

const secureSessions = (code: string, project?: ProjectContext) =>
  sessionConfigs(code, { project }).filter((f) => f.library === '@fastify/secure-session' || f.library === 'fastify-secure-session');

describe('@fastify/secure-session adapter', () => {
  it('applies the plugin defaults: a cookie-only session named session, httpOnly, no Secure, expiry 86401 s', () => {
    const code = `
const fastify = require('fastify')();
fastify.register(require('@fastify/secure-session'), { key: require('fs').readFileSync('secret-key') });`;
    const fact = single(secureSessions(code));
    assert.equal(fact.serverSide, false);
    assertAbsent(fact.cookie.name, 'session');
    assertAbsent(fact.cookie.httpOnly, true);
    assertAbsent(fact.cookie.secure, false);
    assertAbsent(fact.cookie.sameSite, 'lax');
    assertAbsent(fact.cookie.maxAge, null);
    assertAbsent(fact.cookie.path, undefined);
    assertAbsent(fact.session.absoluteTimeout, 86401);
    // Stateless: no store, no id generator to judge.
    assert.equal(fact.session.store, undefined);
    assert.equal(fact.session.genid, undefined);
  });

  it('takes SameSite from the @fastify/cookie generation the project uses', () => {
    const code = `import secureSession from '@fastify/secure-session';\napp.register(secureSession, { key });`;
    const sameSite = (dependencies: Record<string, string>) => single(secureSessions(code, { dependencies })).cookie.sameSite;
    assertAbsent(sameSite({ '@fastify/secure-session': '^8.1.0' }), 'lax');
    assertAbsent(sameSite({ '@fastify/secure-session': '^7.5.1' }), undefined);
    assertAbsent(sameSite({ '@fastify/secure-session': '^7.5.1', '@fastify/cookie': '^10.0.1' }), 'lax');
    assertAbsent(sameSite({ '@fastify/secure-session': '^8.1.0', '@fastify/cookie': '~9.4.0' }), undefined);
    const legacy = `app.register(require('fastify-secure-session'), { key });`;
    assertAbsent(single(secureSessions(legacy)).cookie.sameSite, undefined);
  });

  it('names the cookie cookieName, else sessionName, else session', () => {
    const code = `
import secureSession from '@fastify/secure-session';
app.register(secureSession, { sessionName: 'admin', key });
app.register(secureSession, { sessionName: 'admin', cookieName: '__Host-admin', key });
app.register(secureSession, { ...shared, key });`;
    const [bySessionName, byCookieName, spread] = secureSessions(code);
    assertKnown(code, bySessionName!.cookie.name, 'admin', "'admin'");
    assertKnown(code, byCookieName!.cookie.name, '__Host-admin');
    assertUnknown(spread!.cookie.name);
  });

  it('reads one session per element of the array form', () => {
    const code = `
import secureSession from '@fastify/secure-session';
app.register(secureSession, [
  { sessionName: 'mySession', cookieName: 'my-session-cookie', key: key1, cookie: { path: '/' } },
  { sessionName: 'myOtherSession', key: key2, cookie: { path: '/path', maxAge: 100 }, expiry: 3600 },
]);`;
    const [first, second] = secureSessions(code);
    assertKnown(code, first!.cookie.name, 'my-session-cookie');
    assertAbsent(first!.session.absoluteTimeout, 86401);
    assertKnown(code, second!.cookie.name, 'myOtherSession');
    assertKnown(code, second!.cookie.maxAge, 100);
    assertKnown(code, second!.session.absoluteTimeout, 3600, '3600');
    assert.equal(textAt(code, second!.optionsRange)?.startsWith("{ sessionName: 'myOtherSession'"), true);
  });

  it('reads cookie options under cookie or cookieOptions, maxAge in seconds', () => {
    const code = `
import secureSession from '@fastify/secure-session';
app.register(secureSession, { key, cookieOptions: { httpOnly: false, secure: 'auto', maxAge: 3600 } });`;
    const fact = single(secureSessions(code));
    assertKnown(code, fact.cookie.httpOnly, false);
    assertEnv(code, fact.cookie.secure, [true, false]);
    assertKnown(code, fact.cookie.maxAge, 3600);
    assert.equal(fact.optionName('httpOnly'), 'cookieOptions.httpOnly');
    const edited = applyAndParse(code, fact.editor?.setOption('httpOnly', { type: 'boolean', value: true }));
    assert.match(edited, /cookieOptions: \{ httpOnly: true,/);
  });

  it('reports key and secret: literals, Buffer.from literals and env reads; key files stay unknown', () => {
    const code = `
const fs = require('node:fs');
const secureSession = require('@fastify/secure-session');
app.register(secureSession, { secret: 'averylogphrasebiggerthanthirtytwochars', salt: 'mq9hDxBVDbspDR6n' });
app.register(secureSession, { key: Buffer.from('4fe91796c30bd989d95b62dc46c7c3ba0b6aa2df2187400586a4121c54c53b85', 'hex') });
app.register(secureSession, { key: fs.readFileSync('secret-key') });
app.register(secureSession, { key: Buffer.from(process.env.COOKIE_KEY, 'hex') });
app.register(secureSession, { key: [process.env.NEW_KEY, 'b2xkLWtleS1zdGlsbC1hY2NlcHRlZC1kdXJpbmctcm90YXRpb24='] });`;
    const secrets = secretsOf(code);
    assert.deepEqual(secrets.map((s) => s.option), ['secret', 'key', 'key', 'key', 'key[0]', 'key[1]']);
    assertKnown(code, secrets[0]!.value, 'averylogphrasebiggerthanthirtytwochars');
    assertKnown(code, secrets[1]!.value, '4fe91796c30bd989d95b62dc46c7c3ba0b6aa2df2187400586a4121c54c53b85');
    assertUnknown(secrets[2]!.value);
    assertEnv(code, secrets[3]!.value);
    assertEnv(code, secrets[4]!.value);
    assertKnown(code, secrets[5]!.value, 'b2xkLWtleS1zdGlsbC1hY2NlcHRlZC1kdXJpbmctcm90YXRpb24=');
    // The salt is not a secret.
    assert.ok(!secrets.some((s) => s.option === 'salt'));
  });

  it('gives the legacy package, which has no expiry, an infinite lifetime', () => {
    const code = `app.register(require('fastify-secure-session'), { key });`;
    assertAbsent(single(secureSessions(code)).session.absoluteTimeout, Number.POSITIVE_INFINITY);
  });

  it('edits expiry and cookie.maxAge in seconds', () => {
    const code = `import secureSession from '@fastify/secure-session';
app.register(secureSession, {
  key,
  expiry: 7 * 24 * 3600,
});`;
    const fact = single(secureSessions(code));
    const expiry = applyAndParse(code, fact.editor?.setOption('absoluteTimeout', { type: 'duration', seconds: 8 * 3600 }));
    assert.match(expiry, /expiry: 8 \* 60 \* 60,/);
    const maxAge = applyAndParse(code, fact.editor?.setOption('maxAge', { type: 'duration', seconds: 3600 }));
    assert.match(maxAge, /cookie: \{ maxAge: 1 \* 60 \* 60 \}/);
    assert.equal(fact.optionName('absoluteTimeout'), 'expiry');
    assert.equal(fact.editor?.setOption('store', { type: 'string', value: 'x' }), undefined);
  });
});
