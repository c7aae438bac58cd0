import * as assert from 'node:assert/strict';
import { applyPhp, assertAbsent, assertEnv, assertKnown, assertUnknown, loadGrammar, phpFacts, single, textAt, writes } from './support/facts';

const php = (body: string): string => `<?php\n${body}\n`;

describe('PHP setcookie() and Set-Cookie header adapters', () => {
  before(loadGrammar);

  describe('setcookie() / setrawcookie()', () => {
    it('reads the positional form with its defaults', () => {
      const code = php("setcookie('remember_me', $token, time() + 60 * 60 * 24 * 30, '/', '', true);");
      const fact = single(writes(phpFacts(code)));
      assert.equal(fact.library, 'php-setcookie');
      assertKnown(code, fact.cookie.name, 'remember_me', "'remember_me'");
      assertKnown(code, fact.cookie.maxAge, 2592000);
      assertKnown(code, fact.cookie.path, '/', "'/'");
      assertKnown(code, fact.cookie.domain, '', "''");
      assertKnown(code, fact.cookie.secure, true, 'true');
      assertAbsent(fact.cookie.httpOnly, false);
      assertAbsent(fact.cookie.sameSite, undefined);
      assert.equal(fact.clearing, false);
    });

    it('reads the options-array form, case-insensitively', () => {
      const code = php("setrawcookie('sid', $id, ['expires' => 0, 'Secure' => true, 'httponly' => 1, 'samesite' => 'Strict']);");
      const fact = single(writes(phpFacts(code)));
      assertKnown(code, fact.cookie.maxAge, null);
      assertKnown(code, fact.cookie.secure, true);
      assertKnown(code, fact.cookie.httpOnly, true);
      assertKnown(code, fact.cookie.sameSite, 'strict');
      assertAbsent(fact.cookie.path, undefined);
      assert.equal(fact.optionName('httpOnly'), "'httponly'");
    });

    it('reads named arguments and the pre-7.3 SameSite-in-path trick', () => {
      const named = php("setcookie(name: 'auth', value: $t, httponly: true, secure: $secure);");
      const fact = single(writes(phpFacts(named)));
      assertKnown(named, fact.cookie.httpOnly, true);
      assertUnknown(fact.cookie.secure);
      const legacy = php("setcookie('auth', $t, 0, '/; samesite=strict', '', true, true);");
      assertKnown(legacy, single(writes(phpFacts(legacy))).cookie.sameSite, 'strict');
    });

    it('treats an unresolvable third argument as possibly an options array', () => {
      const code = php('function set(array $o) { setcookie("sid", "x", $o); }');
      const fact = single(writes(phpFacts(code)));
      assertUnknown(fact.cookie.httpOnly);
      assertUnknown(fact.cookie.secure);
    });

    it('recognises deletions: an empty value or an expiry in the past', () => {
      for (const call of ["setcookie('sid', '', time() - 3600, '/');", "setcookie('sid', 'x', 1);", "setcookie('sid');"]) {
        assert.equal(single(writes(phpFacts(php(call)))).clearing, true, call);
      }
    });

    it('reads environment-dependent flags as env', () => {
      const code = php("setcookie('sid', $v, ['secure' => ($_SERVER['HTTPS'] ?? '') === 'on', 'httponly' => true]);");
      assertEnv(single(writes(phpFacts(code))).cookie.secure, [true, false]);
    });

    it('sets and adds options in the array form', () => {
      const code = php("setcookie('sid', $v, ['secure' => false, 'path' => '/']);");
      const fact = single(writes(phpFacts(code)));
      assert.equal(applyPhp(code, fact.editor?.setOption('secure', { type: 'boolean', value: true })), php("setcookie('sid', $v, ['secure' => true, 'path' => '/']);"));
      assert.equal(applyPhp(code, fact.editor?.setOption('sameSite', { type: 'string', value: 'lax' })), php("setcookie('sid', $v, ['secure' => false, 'path' => '/', 'samesite' => 'Lax']);"));
      assert.equal(applyPhp(code, fact.editor?.setOption('maxAge', { type: 'duration', seconds: 3600 })), php("setcookie('sid', $v, ['secure' => false, 'path' => '/', 'expires' => time() + 3600]);"));
    });

    it('replaces, appends, or turns the positional form into the options-array form', () => {
      const code = php("setcookie('sid', $v, 0, '/', '', false);");
      const fact = single(writes(phpFacts(code)));
      assert.equal(applyPhp(code, fact.editor?.setOption('secure', { type: 'boolean', value: true })), php("setcookie('sid', $v, 0, '/', '', true);"));
      assert.equal(applyPhp(code, fact.editor?.setOption('httpOnly', { type: 'boolean', value: true })), php("setcookie('sid', $v, 0, '/', '', false, true);"));
      assert.equal(
        applyPhp(code, fact.editor?.setOption('sameSite', { type: 'string', value: 'lax' })),
        php("setcookie('sid', $v, ['expires' => 0, 'path' => '/', 'domain' => '', 'secure' => false, 'samesite' => 'Lax']);"),
      );
      const short = php("setcookie('sid', $v);");
      assert.equal(applyPhp(short, single(writes(phpFacts(short))).editor?.setOption('secure', { type: 'boolean', value: true })), php("setcookie('sid', $v, ['secure' => true]);"));
      const named = php("setcookie(name: 'sid', value: $v);");
      assert.equal(applyPhp(named, single(writes(phpFacts(named))).editor?.setOption('httpOnly', { type: 'boolean', value: true })), php("setcookie(name: 'sid', value: $v, httponly: true);"));
    });
  });

  describe("header('Set-Cookie: …')", () => {
    it('parses attributes from literals, concatenations, interpolation and sprintf()', () => {
      for (const call of [
        "header('Set-Cookie: sid=' . $id . '; Path=/; HttpOnly; SameSite=Lax');",
        'header("Set-Cookie: sid=$id; Path=/; HttpOnly; SameSite=Lax");',
        "header(sprintf('Set-Cookie: sid=%s; Path=/; HttpOnly; SameSite=Lax', $id), false);",
      ]) {
        const code = php(call);
        const fact = single(writes(phpFacts(code)));
        assert.equal(fact.library, 'set-cookie-header');
        assertKnown(code, fact.cookie.name, 'sid', 'sid');
        assertKnown(code, fact.cookie.httpOnly, true, 'HttpOnly');
        assertKnown(code, fact.cookie.sameSite, 'lax', 'Lax');
        assertKnown(code, fact.cookie.path, '/', '/');
        assertAbsent(fact.cookie.secure, false);
      }
    });

    it('ignores other headers', () => {
      assert.equal(writes(phpFacts(php("header('Location: /login');\nheader('X-Cookie: a=b');"))).length, 0);
    });

    it('treats attributes as unknown when an unknown part may hold them', () => {
      const code = php("header('Set-Cookie: sid=1; ' . $attributes);");
      const fact = single(writes(phpFacts(code)));
      assertUnknown(fact.cookie.secure);
    });

    it('appends attributes inside the string, replaces values, removes Domain', () => {
      const code = php('header("Set-Cookie: sid=$id; Domain=.example.com; SameSite=None");');
      const fact = single(writes(phpFacts(code)));
      assert.equal(applyPhp(code, fact.editor?.setOption('httpOnly', { type: 'boolean', value: true })), php('header("Set-Cookie: sid=$id; Domain=.example.com; SameSite=None; HttpOnly");'));
      assert.equal(applyPhp(code, fact.editor?.setOption('sameSite', { type: 'string', value: 'lax' })), php('header("Set-Cookie: sid=$id; Domain=.example.com; SameSite=Lax");'));
      assert.equal(applyPhp(code, fact.editor?.removeOption?.('domain') ?? undefined), php('header("Set-Cookie: sid=$id; SameSite=None");'));
      const trailing = php("header('Set-Cookie: sid=' . $id);");
      assert.equal(applyPhp(trailing, single(writes(phpFacts(trailing))).editor?.setOption('secure', { type: 'boolean', value: true })), php("header('Set-Cookie: sid=' . $id . '; Secure');"));
    });

    it('reads Max-Age and a past Expires as clearing', () => {
      const code = php("header('Set-Cookie: sid=deleted; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/');");
      assert.equal(single(writes(phpFacts(code))).clearing, true);
      const maxAge = php("header('Set-Cookie: sid=1; Max-Age=7200');");
      const fact = single(writes(phpFacts(maxAge)));
      assertKnown(maxAge, fact.cookie.maxAge, 7200, '7200');
      assert.equal(textAt(maxAge, fact.cookie.maxAge.kind === 'known' ? fact.cookie.maxAge.optionRange : undefined), 'Max-Age=7200');
    });
  });
});
