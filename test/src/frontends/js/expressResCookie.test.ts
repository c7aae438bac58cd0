import * as assert from 'node:assert/strict';
import { applyAndParse, assertAbsent, assertKnown, assertUnknown, cookieWrites, single, textAt } from './support/facts';

function resCookies(code: string) {
  return cookieWrites(code).filter((f) => f.library === 'express-res-cookie');
}

describe('Express res.cookie adapter', () => {
  it('applies res.cookie defaults when there are no options', () => {
    const code = `
router.post('/login', async (req, res) => {
  const token = await issueToken(req.body);
  res.cookie('auth_token', token);
  res.redirect('/');
});`;
    const fact = single(resCookies(code));
    assert.equal(textAt(code, fact.range), "res.cookie('auth_token', token)");
    assert.equal(fact.clearing, false);
    assertKnown(code, fact.cookie.name, 'auth_token', "'auth_token'");
    assertAbsent(fact.cookie.httpOnly, false);
    assertAbsent(fact.cookie.secure, false);
    assertAbsent(fact.cookie.sameSite, undefined);
    assertAbsent(fact.cookie.maxAge, null);
    assertAbsent(fact.cookie.path, '/');
  });

  it('reads options, maxAge in milliseconds', () => {
    const code = `
app.get('/prefs', function (req, res) {
  res.cookie('theme', 'dark', { maxAge: 900000, httpOnly: true, secure: false, sameSite: 'Lax', domain: 'example.com', path: '/prefs' });
});`;
    const fact = single(resCookies(code));
    assertKnown(code, fact.cookie.maxAge, 900, '900000');
    assertKnown(code, fact.cookie.httpOnly, true, 'true');
    assertKnown(code, fact.cookie.secure, false, 'false');
    assertKnown(code, fact.cookie.sameSite, 'lax', "'Lax'");
    assertKnown(code, fact.cookie.domain, 'example.com', "'example.com'");
    assertKnown(code, fact.cookie.path, '/prefs', "'/prefs'");
    assert.equal(textAt(code, fact.optionsRange), "{ maxAge: 900000, httpOnly: true, secure: false, sameSite: 'Lax', domain: 'example.com', path: '/prefs' }");
  });

  it('finds responses by parameter position, by name, and through chains', () => {
    const code = `
export function handler(request, reply_) { reply_.cookie('a', '1'); }
app.use((err, req, resp, next) => { resp.cookie('b', '2'); });
app.get('/', (req, response) => response.status(201).cookie('c', '3').json({ ok: true }));`;
    assert.deepEqual(resCookies(code).map((f) => f.cookie.name.kind === 'known' && f.cookie.name.value), ['a', 'b', 'c']);
  });

  it('leaves Fastify replies to the Fastify adapters', () => {
    const code = `
fastify.get('/', async (request, reply) => { reply.cookie('a', '1'); });
export function typed(req, r: FastifyReply) { r.cookie('b', '2'); }`;
    assert.equal(resCookies(code).length, 0);
  });

  it('does not treat other objects as responses', () => {
    const code = `
const res = new Map();
res.cookie('x', 'y');
jar.cookie('a', 'b');
function f(res) { return res; }`;
    assert.equal(resCookies(code).length, 0);
  });

  it('resolves shared option objects and spreads', () => {
    const code = `
const baseCookie = { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'strict' };
app.post('/login', (req, res) => {
  res.cookie('sid', createSession(), { ...baseCookie, maxAge: 8 * 60 * 60 * 1000 });
});`;
    const fact = single(resCookies(code));
    assertKnown(code, fact.cookie.httpOnly, true, 'true');
    assert.equal(fact.cookie.secure.kind, 'env');
    assertKnown(code, fact.cookie.maxAge, 8 * 3600, '8 * 60 * 60 * 1000');
  });

  it('marks clearCookie, past expiry dates and maxAge 0 as clearing', () => {
    const code = `
app.post('/logout', (req, res) => {
  res.clearCookie('sid', { path: '/' });
  res.cookie('remember_me', '', { expires: new Date(0) });
  res.cookie('token', '', { maxAge: 0 });
  res.cookie('kept', 'v', { expires: new Date(Date.now() + 3600 * 1000) });
});`;
    const facts = resCookies(code);
    assert.deepEqual(facts.map((f) => f.clearing), [true, true, true, false]);
    assertKnown(code, facts[0]!.cookie.path, '/', "'/'");
    assertKnown(code, facts[3]!.cookie.maxAge, 3600, 'Date.now() + 3600 * 1000');
  });

  it('leaves unknown option objects unknown', () => {
    const code = "app.get('/', (req, res) => { res.cookie('sid', v, req.app.locals.cookieOptions); });";
    const fact = single(resCookies(code));
    assertUnknown(fact.cookie.httpOnly);
    assertUnknown(fact.cookie.secure);
    assert.equal(fact.editor?.setOption('httpOnly', { type: 'boolean', value: true }), undefined);
  });

  it('adds an options argument when there is none', () => {
    const code = "app.get('/', (req, res) => {\n  res.cookie('session_id', id);\n});\n";
    const fact = single(resCookies(code));
    assert.equal(
      applyAndParse(code, fact.editor?.setOption('httpOnly', { type: 'boolean', value: true })),
      "app.get('/', (req, res) => {\n  res.cookie('session_id', id, { httpOnly: true });\n});\n",
    );
  });

  it('adds to and replaces in an existing options object, keeping its quotes', () => {
    const code = 'app.get("/", (req, res) => {\n  res.cookie("sid", id, { secure: false });\n});\n';
    const fact = single(resCookies(code));
    assert.equal(
      applyAndParse(code, fact.editor?.setOption('sameSite', { type: 'string', value: 'strict' })),
      'app.get("/", (req, res) => {\n  res.cookie("sid", id, { secure: false, sameSite: "strict" });\n});\n',
    );
    assert.equal(
      applyAndParse(code, fact.editor?.setOption('secure', { type: 'boolean', value: true })),
      'app.get("/", (req, res) => {\n  res.cookie("sid", id, { secure: true });\n});\n',
    );
    assert.equal(
      applyAndParse(code, fact.editor?.setOption('maxAge', { type: 'duration', seconds: 1800 })),
      'app.get("/", (req, res) => {\n  res.cookie("sid", id, { secure: false, maxAge: 30 * 60 * 1000 });\n});\n',
    );
  });

  it('renames a literal cookie name and removes a domain', () => {
    const code = "app.get('/', (req, res) => {\n  res.cookie('sid', id, { domain: '.example.com', secure: true });\n});\n";
    const fact = single(resCookies(code));
    assert.equal(applyAndParse(code, fact.editor?.setOption('name', { type: 'string', value: '__Host-sid' })), "app.get('/', (req, res) => {\n  res.cookie('__Host-sid', id, { domain: '.example.com', secure: true });\n});\n");
    assert.equal(applyAndParse(code, fact.editor?.removeOption?.('domain')), "app.get('/', (req, res) => {\n  res.cookie('sid', id, { secure: true });\n});\n");
  });

  it('gives no editor to calls with spread arguments', () => {
    const code = "app.get('/', (req, res) => { res.cookie(...args); });";
    const fact = single(resCookies(code));
    assert.equal(fact.editor, undefined);
    assertUnknown(fact.cookie.name);
  });
});
