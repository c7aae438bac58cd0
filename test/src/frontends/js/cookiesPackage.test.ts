import * as assert from 'node:assert/strict';
import { applyAndParse, assertAbsent, assertEnv, assertKnown, cookieWrites, secretsOf, single, textAt } from './support/facts';

function jarWrites(code: string) {
  return cookieWrites(code).filter((f) => f.library === 'cookies');
}

describe('cookies package adapter', () => {
  it('applies the cookies defaults: HttpOnly on, Secure from the request', () => {
    const code = `
const Cookies = require('cookies');
http.createServer((req, res) => {
  const cookies = new Cookies(req, res, { keys: ['signing-key'] });
  cookies.set('LastVisit', new Date().toISOString(), { signed: true });
  res.end();
});`;
    const fact = single(jarWrites(code));
    assert.equal(textAt(code, fact.range), "cookies.set('LastVisit', new Date().toISOString(), { signed: true })");
    assertKnown(code, fact.cookie.name, 'LastVisit', "'LastVisit'");
    assertAbsent(fact.cookie.httpOnly, true);
    assertEnv(code, fact.cookie.secure, [true, false], '{ signed: true }');
    assertAbsent(fact.cookie.sameSite, undefined);
    assertAbsent(fact.cookie.path, '/');
    assertAbsent(fact.cookie.maxAge, null);
    assert.equal(fact.clearing, false);
  });

  it('reads options, maxAge in milliseconds', () => {
    const code = `
import Cookies from 'cookies';
export function remember(req, res, token) {
  Cookies(req, res).set('remember_token', token, { httpOnly: false, secure: true, sameSite: 'none', maxAge: 30 * 24 * 3600 * 1000 });
}`;
    const fact = single(jarWrites(code));
    assertKnown(code, fact.cookie.httpOnly, false, 'false');
    assertKnown(code, fact.cookie.secure, true, 'true');
    assertKnown(code, fact.cookie.sameSite, 'none', "'none'");
    assertKnown(code, fact.cookie.maxAge, 30 * 24 * 3600, '30 * 24 * 3600 * 1000');
  });

  it('reads Koa ctx.cookies.set', () => {
    const code = "router.post('/login', async (ctx) => {\n  ctx.cookies.set('koa.sess', ctx.state.sid, { secure: false });\n});";
    const fact = single(jarWrites(code));
    assertKnown(code, fact.cookie.secure, false, 'false');
    assertAbsent(fact.cookie.httpOnly, true);
  });

  it('treats set(name) without a value as a deletion', () => {
    const code = "import Cookies from 'cookies';\nconst jar = new Cookies(req, res);\njar.set('sid');\njar.set('sid', null);\njar.set('other', 'v', { maxAge: 0 });";
    assert.deepEqual(jarWrites(code).map((f) => f.clearing), [true, true, false]);
  });

  it('ignores set calls on other objects', () => {
    const code = "import Cookies from 'cookies';\nconst map = new Map();\nmap.set('sid', 'x');\nthis.cookies.set('a', 'b');";
    assert.equal(jarWrites(code).length, 0);
  });

  it('makes signing-key secret facts', () => {
    const code = "import Cookies from 'cookies';\nconst jar = new Cookies(req, res, { keys: ['k1', process.env.K2] });";
    const secrets = secretsOf(code);
    assert.deepEqual(secrets.map((s) => [s.library, s.purpose, s.option]), [['cookies', 'cookie-signing', 'keys[0]'], ['cookies', 'cookie-signing', 'keys[1]']]);
    assertKnown(code, secrets[0]!.value, 'k1', "'k1'");
  });

  it('adds SameSite to the options', () => {
    const code = "import Cookies from 'cookies';\nconst jar = new Cookies(req, res);\njar.set('sid', id, { signed: true });\n";
    const fact = single(jarWrites(code));
    assert.equal(
      applyAndParse(code, fact.editor?.setOption('sameSite', { type: 'string', value: 'lax' })),
      "import Cookies from 'cookies';\nconst jar = new Cookies(req, res);\njar.set('sid', id, { signed: true, sameSite: 'lax' });\n",
    );
  });
});
