import * as assert from 'node:assert/strict';
import { applyAndParse, assertAbsent, assertKnown, cookieWrites, single, textAt } from './support/facts';

function serialized(code: string) {
  return cookieWrites(code).filter((f) => f.library === 'cookie');
}

describe('cookie.serialize adapter', () => {
  it('reads options with maxAge in seconds', () => {
    const code = `
import cookie from 'cookie';
export function setSession(res, id) {
  res.setHeader('Set-Cookie', cookie.serialize('sid', id, { httpOnly: true, maxAge: 60 * 60 * 24 * 7, sameSite: 'lax', path: '/' }));
}`;
    const fact = single(serialized(code));
    assert.equal(textAt(code, fact.range), "cookie.serialize('sid', id, { httpOnly: true, maxAge: 60 * 60 * 24 * 7, sameSite: 'lax', path: '/' })");
    assertKnown(code, fact.cookie.name, 'sid', "'sid'");
    assertKnown(code, fact.cookie.httpOnly, true, 'true');
    assertKnown(code, fact.cookie.maxAge, 7 * 24 * 3600, '60 * 60 * 24 * 7');
    assertKnown(code, fact.cookie.sameSite, 'lax', "'lax'");
    assertAbsent(fact.cookie.secure, false);
    // The Set-Cookie adapter does not double-count the serialized value.
    assert.equal(cookieWrites(code).length, 1);
  });

  it('has no defaults beyond what it is given', () => {
    const code = "const { serialize } = require('cookie');\nconst header = serialize('theme', 'dark');";
    const fact = single(serialized(code));
    assertAbsent(fact.cookie.httpOnly, false);
    assertAbsent(fact.cookie.secure, false);
    assertAbsent(fact.cookie.sameSite, undefined);
    assertAbsent(fact.cookie.path, undefined);
    assertAbsent(fact.cookie.maxAge, null);
  });

  it('finds named imports and namespace imports', () => {
    const code = "import { serialize } from 'cookie';\nimport * as c from 'cookie';\nserialize('a', '1');\nc.serialize('b', '2');\nc.parse('x=1');";
    assert.deepEqual(serialized(code).map((f) => f.cookie.name.kind === 'known' && f.cookie.name.value), ['a', 'b']);
  });

  it('marks maxAge 0 and a past expiry as clearing', () => {
    const code = "import cookie from 'cookie';\ncookie.serialize('sid', '', { maxAge: 0 });\ncookie.serialize('sid', '', { expires: new Date(0) });\ncookie.serialize('sid', 'v', { maxAge: 10 });";
    assert.deepEqual(serialized(code).map((f) => f.clearing), [true, true, false]);
  });

  it('writes maxAge fixes in seconds and adds an options argument', () => {
    const code = "import cookie from 'cookie';\nconst a = cookie.serialize('sid', id, { maxAge: 31536000 });\nconst b = cookie.serialize('sid', id);\n";
    const [a, b] = serialized(code);
    assert.equal(
      applyAndParse(code, a!.editor?.setOption('maxAge', { type: 'duration', seconds: 8 * 3600 })),
      "import cookie from 'cookie';\nconst a = cookie.serialize('sid', id, { maxAge: 8 * 60 * 60 });\nconst b = cookie.serialize('sid', id);\n",
    );
    assert.equal(
      applyAndParse(code, b!.editor?.setOption('secure', { type: 'boolean', value: true })),
      "import cookie from 'cookie';\nconst a = cookie.serialize('sid', id, { maxAge: 31536000 });\nconst b = cookie.serialize('sid', id, { secure: true });\n",
    );
  });
});
