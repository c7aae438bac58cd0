import * as assert from 'node:assert/strict';
import { applyAndParse, assertAbsent, assertEnv, assertKnown, assertUnknown, cookieWrites, single, textAt } from './support/facts';

function documentWrites(code: string) {
  return cookieWrites(code, { fileName: '/project/src/client/session.js' }).filter((f) => f.library === 'document-cookie');
}

describe('document.cookie adapter', () => {
  it('reads a template write', () => {
    const code = 'export function saveSession(id) {\n  document.cookie = `sessionId=${id}; path=/; max-age=86400; samesite=strict`;\n}\n';
    const fact = single(documentWrites(code));
    assert.equal(textAt(code, fact.range), '`sessionId=${id}; path=/; max-age=86400; samesite=strict`');
    assertKnown(code, fact.cookie.name, 'sessionId', 'sessionId');
    assertKnown(code, fact.cookie.maxAge, 86400, 'max-age=86400');
    assertKnown(code, fact.cookie.sameSite, 'strict', 'samesite=strict');
    assertKnown(code, fact.cookie.path, '/', 'path=/');
    assertAbsent(fact.cookie.secure, false);
    // A script-written cookie is never HttpOnly.
    assertAbsent(fact.cookie.httpOnly, false);
    assert.equal(fact.optionName('maxAge'), 'Max-Age');
  });

  it('accepts window.document and globalThis.document, not a local document', () => {
    const code = "window.document.cookie = 'a=1';\nglobalThis.document.cookie = 'b=2';\nfunction render(document) { document.cookie = 'c=3'; }\nconst doc = { cookie: '' };\ndoc.cookie = 'd=4';";
    assert.deepEqual(documentWrites(code).map((f) => f.cookie.name.kind === 'known' && f.cookie.name.value), ['a', 'b']);
  });

  it('reads concatenations and a condition-gated Secure', () => {
    const code = "const secure = location.protocol === 'https:' ? '; Secure' : '';\ndocument.cookie = 'theme=' + encodeURIComponent(theme) + secure;";
    const fact = single(documentWrites(code));
    assertKnown(code, fact.cookie.name, 'theme', 'theme');
    // A run-time condition choosing between two written strings: Secure depends on it.
    assertEnv(code, fact.cookie.secure, [true, false], 'secure');
  });

  it('marks an expired write as clearing', () => {
    const code = "document.cookie = 'sessionId=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';";
    assert.equal(single(documentWrites(code)).clearing, true);
  });

  it('reads each branch of a condition written as strings (docCookies-style helpers)', () => {
    // The Expires date in the past stays readable past the optional Domain/Path parts: a deletion.
    const removal = "document.cookie = encodeURIComponent(key) + '=; expires=Thu, 01 Jan 1970 00:00:00 GMT' + (domain ? '; domain=' + domain : '') + (path ? '; path=' + path : '');";
    assert.equal(single(documentWrites(removal)).clearing, true);
    // Secure depends on the condition that writes it, not on the first condition in the string.
    const write = "document.cookie = 'sid=' + id + (domain ? '; domain=' + domain : '') + (secure ? '; secure' : '') + '; samesite=lax';";
    const fact = single(documentWrites(write));
    assert.equal(fact.clearing, false);
    assertEnv(write, fact.cookie.secure, [true, false], "secure ? '; secure' : ''");
    assertKnown(write, fact.cookie.sameSite, 'lax', 'samesite=lax');
  });

  it('appends attributes but never HttpOnly', () => {
    const code = "document.cookie = 'token=' + token + '; path=/';\n";
    const fact = single(documentWrites(code));
    assert.equal(fact.editor?.setOption('httpOnly', { type: 'boolean', value: true }), undefined);
    assert.equal(applyAndParse(code, fact.editor?.setOption('secure', { type: 'boolean', value: true })), "document.cookie = 'token=' + token + '; path=/; Secure';\n");
    assert.equal(applyAndParse(code, fact.editor?.setOption('sameSite', { type: 'string', value: 'strict' })), "document.cookie = 'token=' + token + '; path=/; SameSite=Strict';\n");
  });

  it('leaves attributes after an unknown expression unknown', () => {
    const code = 'document.cookie = `pref=1; ${attributes}`;';
    assertUnknown(single(documentWrites(code)).cookie.secure);
  });

  it('reads env-dependent attribute values as env', () => {
    const code = 'document.cookie = `pref=1; max-age=${process.env.COOKIE_TTL}`;';
    assertEnv(code, single(documentWrites(code)).cookie.maxAge);
  });

  it('ignores compound assignments and reads', () => {
    const code = "document.cookie += '; Secure';\nconst all = document.cookie;";
    assert.equal(documentWrites(code).length, 0);
  });
});
