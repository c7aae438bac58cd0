import * as assert from 'node:assert/strict';
import { applyAndParse, assertAbsent, assertEnv, assertKnown, assertUnknown, secretsOf, sessionConfigs, single, textAt } from './support/facts';

function cookieSession(code: string) {
  return single(sessionConfigs(code).filter((f) => f.library === 'cookie-session'));
}

describe('cookie-session adapter', () => {
  it('applies the 2.x defaults when only keys are given', () => {
    const code = `
const express = require('express');
const cookieSession = require('cookie-session');
const app = express();
app.use(cookieSession({ keys: [process.env.KEY_A, process.env.KEY_B] }));`;
    const fact = cookieSession(code);
    assert.equal(fact.serverSide, false);
    assert.equal(textAt(code, fact.range), 'cookieSession({ keys: [process.env.KEY_A, process.env.KEY_B] })');
    assertAbsent(fact.cookie.name, 'session');
    assertAbsent(fact.cookie.httpOnly, true);
    // The cookies package underneath decides per request (Secure on HTTPS): 'auto', the env state.
    assertEnv(code, fact.cookie.secure, [true, false], '{ keys: [process.env.KEY_A, process.env.KEY_B] }');
    assertAbsent(fact.cookie.sameSite, undefined);
    assertAbsent(fact.cookie.maxAge, null);
    assertAbsent(fact.cookie.path, '/');
    assertAbsent(fact.cookie.domain, undefined);
    // No store, no id generator: rules for them must skip cookie-session.
    assert.equal(fact.session.store, undefined);
    assert.equal(fact.session.genid, undefined);
    assert.equal(fact.optionName('httpOnly'), 'httpOnly');
  });

  it('reads flat options, maxAge in milliseconds', () => {
    const code = `
import cookieSession from 'cookie-session';
app.use(
  cookieSession({
    name: 'shop_session',
    secret: process.env.COOKIE_SECRET,
    maxAge: 7 * 24 * 60 * 60 * 1000,
    httpOnly: false,
    secure: true,
    sameSite: 'None',
    domain: '.example.com',
    path: '/app',
  }),
);`;
    const fact = cookieSession(code);
    assertKnown(code, fact.cookie.name, 'shop_session', "'shop_session'");
    assertKnown(code, fact.cookie.maxAge, 7 * 24 * 3600, '7 * 24 * 60 * 60 * 1000');
    assertKnown(code, fact.cookie.httpOnly, false, 'false');
    assertKnown(code, fact.cookie.secure, true, 'true');
    assertKnown(code, fact.cookie.sameSite, 'none', "'None'");
    assertKnown(code, fact.cookie.domain, '.example.com', "'.example.com'");
    assertKnown(code, fact.cookie.path, '/app', "'/app'");
    assert.ok(fact.cookie.httpOnly.kind === 'known');
    assert.equal(textAt(code, fact.cookie.httpOnly.optionRange), 'httpOnly: false');
  });

  it('does not read express-session style nested cookie options', () => {
    const code = `
import cookieSession from 'cookie-session';
app.use(cookieSession({ keys: ['a'], cookie: { secure: true } }));`;
    assertEnv(code, cookieSession(code).cookie.secure, [true, false]);
  });

  it('reads sameSite true as strict and env-gated secure as env', () => {
    const code = `
import cookieSession from 'cookie-session';
app.use(cookieSession({ keys, sameSite: true, secure: app.get('env') === 'production' ? true : false }));`;
    const fact = cookieSession(code);
    assertKnown(code, fact.cookie.sameSite, 'strict', 'true');
    assertEnv(code, fact.cookie.secure, [true, false]);
  });

  it('makes a secret fact for each key and for secret', () => {
    const code = `
import cookieSession from 'cookie-session';
app.use(cookieSession({ name: 'sess', keys: ['old-key', 'new-key-2024', process.env.KEY], secret: 'tiny' }));`;
    const secrets = secretsOf(code).filter((s) => s.library === 'cookie-session');
    assert.deepEqual(secrets.map((s) => s.option), ['keys[0]', 'keys[1]', 'keys[2]', 'secret']);
    assert.ok(secrets.every((s) => s.purpose === 'session'));
    assertKnown(code, secrets[0]!.value, 'old-key', "'old-key'");
    assertKnown(code, secrets[1]!.value, 'new-key-2024', "'new-key-2024'");
    assertEnv(code, secrets[2]!.value);
    assertKnown(code, secrets[3]!.value, 'tiny', "'tiny'");
  });

  it('reads the keys of a Keygrip instance', () => {
    const code = `
import cookieSession from 'cookie-session';
import Keygrip from 'keygrip';
app.use(cookieSession({ keys: new Keygrip(['grip-key'], 'sha256') }));`;
    const secret = single(secretsOf(code));
    assert.equal(secret.option, 'keys[0]');
    assertKnown(code, secret.value, 'grip-key', "'grip-key'");
  });

  it('fixes a key literal by reading it from the environment with a fail-fast check', () => {
    const code = "import cookieSession from 'cookie-session';\napp.use(cookieSession({ keys: ['hardcoded'] }));\n";
    const secret = single(secretsOf(code));
    const result = applyAndParse(code, secret.editor?.setOption('secret', { type: 'env', name: 'SESSION_KEY' }));
    assert.equal(result, "import cookieSession from 'cookie-session';\nif (!process.env.SESSION_KEY) throw new Error('SESSION_KEY is not set');\napp.use(cookieSession({ keys: [process.env.SESSION_KEY] }));\n");
  });

  it('edits flat options in place', () => {
    const code = "import cookieSession from 'cookie-session';\napp.use(cookieSession({\n  name: 'sess',\n  keys,\n  secure: false,\n}));\n";
    const fact = cookieSession(code);
    assert.equal(
      applyAndParse(code, fact.editor?.setOption('secure', { type: 'boolean', value: true })),
      "import cookieSession from 'cookie-session';\napp.use(cookieSession({\n  name: 'sess',\n  keys,\n  secure: true,\n}));\n",
    );
    assert.equal(
      applyAndParse(code, fact.editor?.setOption('sameSite', { type: 'string', value: 'lax' })),
      "import cookieSession from 'cookie-session';\napp.use(cookieSession({\n  name: 'sess',\n  keys,\n  secure: false,\n  sameSite: 'lax',\n}));\n",
    );
    assert.equal(
      applyAndParse(code, fact.editor?.setOption('maxAge', { type: 'duration', seconds: 8 * 3600 })),
      "import cookieSession from 'cookie-session';\napp.use(cookieSession({\n  name: 'sess',\n  keys,\n  secure: false,\n  maxAge: 8 * 60 * 60 * 1000,\n}));\n",
    );
  });

  it('turns an expires date into a lifetime', () => {
    const code = `
import cookieSession from 'cookie-session';
const TWO_DAYS = 2 * 24 * 60 * 60 * 1000;
app.use(cookieSession({ keys, expires: new Date(Date.now() + TWO_DAYS) }));`;
    assertKnown(code, cookieSession(code).cookie.maxAge, 2 * 24 * 3600, 'Date.now() + TWO_DAYS');
  });

  it('leaves options it cannot see unknown', () => {
    const code = `
import cookieSession from 'cookie-session';
export function install(app, options) { app.use(cookieSession(options)); }`;
    const fact = cookieSession(code);
    assertUnknown(fact.cookie.secure);
    assertUnknown(fact.cookie.httpOnly);
  });

  it('ignores calls of other functions named cookieSession', () => {
    const code = `
const cookieSession = (o) => o;
app.use(cookieSession({ keys: ['x'], secure: false }));`;
    assert.equal(sessionConfigs(code).length, 0);
  });
});
