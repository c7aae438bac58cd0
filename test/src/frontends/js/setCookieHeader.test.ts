import * as assert from 'node:assert/strict';
import { applyAndParse, assertAbsent, assertEnv, assertKnown, assertUnknown, cookieWrites, projectWithModules, single, textAt } from './support/facts';

function headers(code: string, options?: Parameters<typeof cookieWrites>[1]) {
  return cookieWrites(code, options).filter((f) => f.library === 'set-cookie-header');
}

const handler = (body: string): string => `app.get('/', (req, res) => {\n  ${body}\n});\n`;

describe('Set-Cookie header adapter', () => {
  describe('where headers are written', () => {
    for (const [label, body] of [
      ['setHeader', "res.setHeader('Set-Cookie', 'sid=1; HttpOnly');"],
      ['set', "res.set('Set-Cookie', 'sid=1; HttpOnly');"],
      ['header', "res.header('set-cookie', 'sid=1; HttpOnly');"],
      ['append', "res.append('SET-COOKIE', 'sid=1; HttpOnly');"],
      ['appendHeader', "res.appendHeader('Set-Cookie', 'sid=1; HttpOnly');"],
      ['set with an object', "res.set({ 'Content-Type': 'text/html', 'Set-Cookie': 'sid=1; HttpOnly' });"],
      ['writeHead', "res.writeHead(302, { Location: '/', 'Set-Cookie': 'sid=1; HttpOnly' });"],
      ['writeHead with a status message', "res.writeHead(200, 'OK', { 'set-cookie': 'sid=1; HttpOnly' });"],
      ['a const header name', "const SET_COOKIE = 'Set-Cookie';\n  res.setHeader(SET_COOKIE, 'sid=1; HttpOnly');"],
      ['a chain', "res.status(200).setHeader('Set-Cookie', 'sid=1; HttpOnly');"],
    ] as const) {
      it(`reads ${label}`, () => {
        const code = handler(body);
        const fact = single(headers(code));
        assertKnown(code, fact.cookie.name, 'sid', 'sid');
        assertKnown(code, fact.cookie.httpOnly, true, 'HttpOnly');
        assert.equal(textAt(code, fact.range), "'sid=1; HttpOnly'");
      });
    }

    it('ignores other headers and other receivers', () => {
      const code = handler("res.setHeader('Content-Type', 'sid=1');\n  cache.set('Set-Cookie', 'sid=1');\n  res.set({ Vary: 'Cookie' });");
      assert.equal(headers(code).length, 0);
    });

    it('works in a raw Node http server', () => {
      const code = "http.createServer((req, res) => {\n  res.writeHead(200, { 'Set-Cookie': ['a=1; Secure', 'b=2'] });\n  res.end();\n});";
      assert.deepEqual(headers(code).map((f) => f.cookie.name.kind === 'known' && f.cookie.name.value), ['a', 'b']);
    });
  });

  describe('attributes', () => {
    it('parses every attribute, case-insensitively, with ranges on the attribute text', () => {
      const code = handler("res.setHeader('Set-Cookie', 'session_id=abc123; path=/app; domain=.example.com; max-age=7200; SECURE; httponly; samesite=Strict');");
      const fact = single(headers(code));
      assertKnown(code, fact.cookie.name, 'session_id', 'session_id');
      assertKnown(code, fact.cookie.path, '/app', 'path=/app');
      assertKnown(code, fact.cookie.domain, '.example.com', 'domain=.example.com');
      assertKnown(code, fact.cookie.maxAge, 7200, 'max-age=7200');
      assertKnown(code, fact.cookie.secure, true, 'SECURE');
      assertKnown(code, fact.cookie.httpOnly, true, 'httponly');
      assertKnown(code, fact.cookie.sameSite, 'strict', 'samesite=Strict');
      assert.equal(fact.clearing, false);
    });

    it('treats missing attributes as absent with header defaults', () => {
      const code = handler("res.setHeader('Set-Cookie', 'token=xyz');");
      const fact = single(headers(code));
      assertAbsent(fact.cookie.httpOnly, false);
      assertAbsent(fact.cookie.secure, false);
      assertAbsent(fact.cookie.sameSite, undefined);
      assertAbsent(fact.cookie.maxAge, null);
      assertAbsent(fact.cookie.path, undefined);
      assertAbsent(fact.cookie.domain, undefined);
    });

    it('lets Max-Age win over Expires and reads a future Expires as a lifetime', () => {
      const code = handler("res.setHeader('Set-Cookie', ['a=1; Expires=Fri, 31 Dec 9999 23:59:59 GMT', 'b=2; Expires=Fri, 31 Dec 9999 23:59:59 GMT; Max-Age=60']);");
      const [a, b] = headers(code);
      assert.ok(a!.cookie.maxAge.kind === 'known' && a!.cookie.maxAge.value! > 100 * 365 * 24 * 3600);
      assertKnown(code, b!.cookie.maxAge, 60, 'Max-Age=60');
    });

    it('marks deletions as clearing', () => {
      const code = handler("res.setHeader('Set-Cookie', ['sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/', 'token=; Max-Age=0', 'x=1; Max-Age=10']);");
      assert.deepEqual(headers(code).map((f) => f.clearing), [true, true, false]);
    });

    it('reads an empty SameSite and an invalid Max-Age', () => {
      const code = handler("res.setHeader('Set-Cookie', 'a=1; SameSite; Max-Age=soon');");
      const fact = single(headers(code));
      assertKnown(code, fact.cookie.sameSite, '', 'SameSite');
      assertUnknown(fact.cookie.maxAge);
    });

    it('keeps ranges right after escapes and astral characters', () => {
      const code = handler("res.setHeader('Set-Cookie', `emoji=😀; Secure; Path=/`);");
      const fact = single(headers(code));
      assertKnown(code, fact.cookie.secure, true, 'Secure');
      assertKnown(code, fact.cookie.path, '/', 'Path=/');
      const escaped = handler("res.setHeader('Set-Cookie', 'a=\\u0041; Secure');");
      const other = single(headers(escaped));
      // Not verbatim: the value still reads, the range falls back to the whole literal.
      assertKnown(escaped, other.cookie.secure, true, "'a=\\u0041; Secure'");
    });
  });

  describe('value forms', () => {
    it('reads arrays, one fact per cookie', () => {
      const code = handler("res.setHeader('Set-Cookie', ['a=1; HttpOnly', `b=2; Secure`, ...['c=3']]);");
      const facts = headers(code);
      assert.deepEqual(facts.map((f) => textAt(code, f.range)), ["'a=1; HttpOnly'", '`b=2; Secure`', "'c=3'"]);
    });

    it('follows consts, including arrays of consts', () => {
      const code = "const SESSION_COOKIE = 'sid=abc; HttpOnly; Secure';\nconst COOKIES = [SESSION_COOKIE, 'lang=en'];\n" + handler("res.setHeader('Set-Cookie', COOKIES);");
      const [session, lang] = headers(code);
      assertKnown(code, session!.cookie.secure, true, 'Secure');
      assert.equal(textAt(code, session!.range), "'sid=abc; HttpOnly; Secure'");
      assertKnown(code, lang!.cookie.name, 'lang', 'lang');
    });

    it('reads templates: expression values stay values, names from expressions are unknown', () => {
      const code = handler("res.setHeader('Set-Cookie', [`sid=${sessionId}; HttpOnly; Max-Age=${ttl}`, `${req.query.name}=1; Secure`]);");
      const [sid, dynamic] = headers(code);
      assertKnown(code, sid!.cookie.name, 'sid', 'sid');
      assertKnown(code, sid!.cookie.httpOnly, true, 'HttpOnly');
      assertUnknown(sid!.cookie.maxAge);
      assertUnknown(dynamic!.cookie.name);
      assertKnown(code, dynamic!.cookie.secure, true, 'Secure');
    });

    it('substitutes consts inside templates', () => {
      const code = "const MAX_AGE = 60 * 60;\nconst NAME = 'prefs';\n" + handler('res.setHeader(\'Set-Cookie\', `${NAME}=1; Max-Age=${MAX_AGE}`);');
      const fact = single(headers(code));
      assertKnown(code, fact.cookie.name, 'prefs', '${NAME}');
      assertKnown(code, fact.cookie.maxAge, 3600, 'Max-Age=${MAX_AGE}');
    });

    it('makes an env-dependent name env', () => {
      const code = handler("res.setHeader('Set-Cookie', `${process.env.COOKIE_NAME}=1; HttpOnly`);");
      assertEnv(code, single(headers(code)).cookie.name);
    });

    it('makes attributes added by an env-dependent expression env', () => {
      const code = "const isProd = process.env.NODE_ENV === 'production';\n" + handler("res.setHeader('Set-Cookie', `sid=${id}; HttpOnly${isProd ? '; Secure' : ''}`);");
      const fact = single(headers(code));
      assertEnv(code, fact.cookie.secure, [true, false], "${isProd ? '; Secure' : ''}");
      assertKnown(code, fact.cookie.httpOnly, true, 'HttpOnly');
    });

    it('makes missing attributes unknown after an expression that may add any', () => {
      const code = handler("res.setHeader('Set-Cookie', `sid=${id}; ${flags}`);");
      const fact = single(headers(code));
      assertUnknown(fact.cookie.httpOnly);
      assertUnknown(fact.cookie.secure);
    });

    it('reads concatenations', () => {
      const code = handler("res.setHeader('Set-Cookie', 'auth=' + token + '; Path=/; SameSite=None');");
      const fact = single(headers(code));
      assertKnown(code, fact.cookie.name, 'auth', 'auth');
      assertKnown(code, fact.cookie.sameSite, 'none', 'SameSite=None');
      assertAbsent(fact.cookie.secure, false);
    });

    it('reads a header value imported from another file, pointing where it is used', () => {
      const code = "import { SESSION_COOKIE } from './cookies';\n" + handler("res.setHeader('Set-Cookie', SESSION_COOKIE);");
      const project = projectWithModules({ 'cookies.ts': "export const SESSION_COOKIE = 'sid=1; Secure';" });
      const fact = single(headers(code, { project }));
      assert.ok(fact.cookie.secure.kind === 'known' && fact.cookie.secure.value === true);
      assert.equal(textAt(code, fact.range), 'SESSION_COOKIE');
      assert.equal(fact.editor?.setOption('httpOnly', { type: 'boolean', value: true }), undefined);
    });

    it('makes no fact for values it cannot see', () => {
      const code = handler("res.setHeader('Set-Cookie', buildCookies(req));\n  res.setHeader('Set-Cookie', cookie.serialize('a', 'b'));");
      assert.equal(headers(code).length, 0);
    });
  });

  describe('editor', () => {
    const fix = (body: string, apply: (f: ReturnType<typeof headers>[number]) => ReturnType<NonNullable<ReturnType<typeof headers>[number]['editor']>['setOption']>): string => {
      const code = handler(body);
      return applyAndParse(code, apply(single(headers(code)))).split('\n')[1]!.trim();
    };

    it('appends flags before the closing quote', () => {
      assert.equal(fix("res.setHeader('Set-Cookie', 'sid=1; Path=/');", (f) => f.editor?.setOption('httpOnly', { type: 'boolean', value: true })), "res.setHeader('Set-Cookie', 'sid=1; Path=/; HttpOnly');");
      assert.equal(fix('res.setHeader("Set-Cookie", "sid=1");', (f) => f.editor?.setOption('secure', { type: 'boolean', value: true })), 'res.setHeader("Set-Cookie", "sid=1; Secure");');
      assert.equal(fix("res.setHeader('Set-Cookie', `sid=${id}`);", (f) => f.editor?.setOption('sameSite', { type: 'string', value: 'lax' })), "res.setHeader('Set-Cookie', `sid=${id}; SameSite=Lax`);");
      assert.equal(fix("res.setHeader('Set-Cookie', 'sid=1; ');", (f) => f.editor?.setOption('secure', { type: 'boolean', value: true })), "res.setHeader('Set-Cookie', 'sid=1; Secure');");
    });

    it('appends after a trailing expression with a concatenation', () => {
      assert.equal(fix("res.setHeader('Set-Cookie', 'sid=' + id);", (f) => f.editor?.setOption('httpOnly', { type: 'boolean', value: true })), "res.setHeader('Set-Cookie', 'sid=' + id + '; HttpOnly');");
    });

    it('replaces a verbatim attribute value and appends Max-Age', () => {
      assert.equal(fix("res.setHeader('Set-Cookie', 'sid=1; SameSite=None');", (f) => f.editor?.setOption('sameSite', { type: 'string', value: 'strict' })), "res.setHeader('Set-Cookie', 'sid=1; SameSite=Strict');");
      assert.equal(fix("res.setHeader('Set-Cookie', 'sid=1; Max-Age=31536000');", (f) => f.editor?.setOption('maxAge', { type: 'duration', seconds: 28800 })), "res.setHeader('Set-Cookie', 'sid=1; Max-Age=28800');");
      assert.equal(fix("res.setHeader('Set-Cookie', 'sid=1');", (f) => f.editor?.setOption('maxAge', { type: 'duration', seconds: 3600 })), "res.setHeader('Set-Cookie', 'sid=1; Max-Age=3600');");
    });

    it('removes a Domain attribute with its separator', () => {
      assert.equal(fix("res.setHeader('Set-Cookie', 'sid=1; Domain=.example.com; Path=/');", (f) => f.editor?.removeOption?.('domain')), "res.setHeader('Set-Cookie', 'sid=1; Path=/');");
    });

    it('replaces a value after an astral character with the right offsets', () => {
      assert.equal(fix("res.setHeader('Set-Cookie', 'sid=😀😀; Domain=.a.com; Path=/x');", (f) => f.editor?.setOption('path', { type: 'string', value: '/' })), "res.setHeader('Set-Cookie', 'sid=😀😀; Domain=.a.com; Path=/');");
      assert.equal(fix("res.setHeader('Set-Cookie', 'sid=1; Domain=😀.a.com; Path=/x');", (f) => f.editor?.removeOption?.('domain')), "res.setHeader('Set-Cookie', 'sid=1; Path=/x');");
    });

    it('renames a verbatim cookie name', () => {
      assert.equal(fix("res.setHeader('Set-Cookie', 'sid=1; Secure; Path=/');", (f) => f.editor?.setOption('name', { type: 'string', value: '__Host-sid' })), "res.setHeader('Set-Cookie', '__Host-sid=1; Secure; Path=/');");
    });

    it('edits the const a header value comes from', () => {
      const code = "const COOKIE = 'sid=abc; Path=/';\n" + handler("res.setHeader('Set-Cookie', COOKIE);");
      const result = applyAndParse(code, single(headers(code)).editor?.setOption('httpOnly', { type: 'boolean', value: true }));
      assert.equal(result.split('\n')[0], "const COOKIE = 'sid=abc; Path=/; HttpOnly';");
    });

    it('does not replace values that are not verbatim', () => {
      const code = handler("res.setHeader('Set-Cookie', 'sid=1; SameSite=\\x4eone');");
      const fact = single(headers(code));
      assertKnown(code, fact.cookie.sameSite, 'none');
      assert.equal(fact.editor?.setOption('sameSite', { type: 'string', value: 'lax' }), undefined);
      // Appending stays possible.
      assert.ok(fact.editor?.setOption('secure', { type: 'boolean', value: true }));
    });

    it('edits a CRLF file without touching line ends', () => {
      const code = "app.get('/', (req, res) => {\r\n  res.setHeader('Set-Cookie', 'sid=1');\r\n});\r\n";
      const result = applyAndParse(code, single(headers(code)).editor?.setOption('secure', { type: 'boolean', value: true }));
      assert.equal(result, "app.get('/', (req, res) => {\r\n  res.setHeader('Set-Cookie', 'sid=1; Secure');\r\n});\r\n");
    });
  });
});
