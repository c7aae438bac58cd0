import * as assert from 'node:assert/strict';
import { applyPhp, assertAbsent, assertEnv, assertKnown, assertUnknown, loadGrammar, phpFacts, sessions, single, textAt } from './support/facts';

const php = (body: string): string => `<?php\n${body}\n`;

describe('PHP session runtime adapter', () => {
  before(loadGrammar);

  describe('ini_set()', () => {
    it('reads session.* settings with their ranges and PHP value syntax', () => {
      const code = php("ini_set('session.cookie_httponly', '0');\nini_set('session.cookie_secure', 'On');\nini_set('session.use_strict_mode', true);\nini_set('session.gc_maxlifetime', 30 * 60);\nsession_start();");
      const fact = single(sessions(phpFacts(code)));
      assert.equal(fact.library, 'php-session');
      assertKnown(code, fact.cookie.httpOnly, false, "'0'");
      assertKnown(code, fact.cookie.secure, true, "'On'");
      assertKnown(code, fact.session.strictMode, true, 'true');
      assertKnown(code, fact.session.idleTimeout, 1800);
      assert.equal(fact.optionName('httpOnly'), 'session.cookie_httponly');
      assert.equal(textAt(code, fact.cookie.httpOnly.kind === 'known' ? fact.cookie.httpOnly.optionRange : undefined), "ini_set('session.cookie_httponly', '0')");
    });

    it("gives settings the file does not write PHP's defaults, and reports them at the first configuring call", () => {
      const code = php("ini_set('session.use_strict_mode', '1');\nsession_start();");
      const fact = single(sessions(phpFacts(code)));
      assertAbsent(fact.cookie.httpOnly, false);
      assertAbsent(fact.cookie.secure, false);
      assertAbsent(fact.cookie.sameSite, undefined);
      assertAbsent(fact.cookie.name, 'PHPSESSID');
      assertAbsent(fact.cookie.maxAge, null);
      assertAbsent(fact.session.useOnlyCookies, true);
      assertAbsent(fact.session.sidLength, 32);
      assert.equal(textAt(code, fact.range), "ini_set('session.use_strict_mode', '1')");
    });

    it('leaves every setting unknown in a file that only calls session_start()', () => {
      const code = php("session_start();\n$_SESSION['visits'] = ($_SESSION['visits'] ?? 0) + 1;");
      const fact = single(sessions(phpFacts(code)));
      assertUnknown(fact.cookie.httpOnly);
      assertUnknown(fact.session.strictMode);
      assertAbsent(fact.session.genid, []);
    });

    it('produces no fact in a file without session calls', () => {
      assert.equal(sessions(phpFacts(php("ini_set('display_errors', '0');\necho 'cookie';"))).length, 0);
    });

    it('resolves constants, define() and variables, and the later write wins', () => {
      const code = php("define('SECURE', 1);\nconst HTTP_ONLY = false;\n$lifetime = 3600;\nini_set('session.cookie_secure', SECURE);\nini_set('session.cookie_httponly', HTTP_ONLY);\nini_set('session.cookie_lifetime', $lifetime);\nini_set('session.cookie_httponly', '1');");
      const fact = single(sessions(phpFacts(code)));
      assertKnown(code, fact.cookie.secure, true);
      assertKnown(code, fact.cookie.httpOnly, true, "'1'");
      assertKnown(code, fact.cookie.maxAge, 3600, '3600');
    });

    it('reads environment-dependent values as env', () => {
      const code = php("ini_set('session.cookie_secure', getenv('APP_ENV') === 'production');\nini_set('session.cookie_samesite', $_ENV['SAMESITE'] ?? 'Lax');");
      const fact = single(sessions(phpFacts(code)));
      assertEnv(fact.cookie.secure, [true, false]);
      assertEnv(fact.cookie.sameSite, undefined, 'lax');
    });

    it('edits the value in place and adds a missing setting after the last ini_set() line', () => {
      const code = php("    ini_set('session.cookie_httponly', '0');\n    ini_set('session.use_strict_mode', '1');\n    session_start();");
      const fact = single(sessions(phpFacts(code)));
      const fixed = applyPhp(code, fact.editor?.setOption('httpOnly', { type: 'boolean', value: true }));
      assert.match(fixed, /ini_set\('session\.cookie_httponly', '1'\);/);
      const added = applyPhp(code, fact.editor?.setOption('sameSite', { type: 'string', value: 'lax' }));
      assert.equal(added, php("    ini_set('session.cookie_httponly', '0');\n    ini_set('session.use_strict_mode', '1');\n    ini_set('session.cookie_samesite', 'Lax');\n    session_start();"));
      const removed = applyPhp(code, fact.editor?.removeOption?.('strictMode') ?? undefined);
      assert.ok(!removed.includes('use_strict_mode'));
    });
  });

  describe('session_set_cookie_params()', () => {
    it('reads the positional form; null leaves a setting alone', () => {
      const code = php("session_set_cookie_params(0, '/app', null, true, false);");
      const fact = single(sessions(phpFacts(code)));
      assertKnown(code, fact.cookie.maxAge, null, '0');
      assertKnown(code, fact.cookie.path, '/app', "'/app'");
      assertAbsent(fact.cookie.domain, undefined);
      assertKnown(code, fact.cookie.secure, true, 'true');
      assertKnown(code, fact.cookie.httpOnly, false, 'false');
    });

    it('reads the array form (PHP ≥ 7.3) and adds missing keys to it', () => {
      const code = php("session_set_cookie_params([\n    'lifetime' => 0,\n    'secure' => true,\n    'samesite' => 'None',\n]);\nsession_start();");
      const fact = single(sessions(phpFacts(code)));
      assertKnown(code, fact.cookie.sameSite, 'none', "'None'");
      assertAbsent(fact.cookie.httpOnly, false);
      assert.equal(fact.optionName('httpOnly'), "'httponly'");
      const fixed = applyPhp(code, fact.editor?.setOption('httpOnly', { type: 'boolean', value: true }));
      assert.match(fixed, /'samesite' => 'None',\n    'httponly' => true,\n\]\);/);
    });

    it('reads named arguments (PHP 8)', () => {
      const code = php('session_set_cookie_params(lifetime_or_options: 0, secure: true, httponly: true);');
      const fact = single(sessions(phpFacts(code)));
      assertKnown(code, fact.cookie.secure, true);
      assertKnown(code, fact.cookie.httpOnly, true);
    });

    it('appends the next positional argument', () => {
      const code = php("session_set_cookie_params(0, '/', '', true);\nsession_start();");
      const fact = single(sessions(phpFacts(code)));
      const fixed = applyPhp(code, fact.editor?.setOption('httpOnly', { type: 'boolean', value: true }));
      assert.match(fixed, /session_set_cookie_params\(0, '\/', '', true, true\);/);
    });

    it('treats an unresolvable single argument as possibly an options array', () => {
      const code = php('function boot(array $params): void {\n    session_set_cookie_params($params);\n    session_start();\n}');
      const fact = single(sessions(phpFacts(code)));
      assertUnknown(fact.cookie.secure);
      assertAbsent(fact.session.strictMode, false);
    });
  });

  describe('session_start() options', () => {
    it('gives each session_start() with options its own fact, on top of the file settings', () => {
      const code = php("ini_set('session.cookie_secure', '1');\nfunction a() { session_start(['cookie_httponly' => false]); }\nfunction b() { session_start(['cookie_secure' => false, 'cookie_httponly' => true]); }");
      const [a, b] = sessions(phpFacts(code));
      assertKnown(code, a!.cookie.httpOnly, false);
      assertKnown(code, a!.cookie.secure, true, "'1'");
      assertKnown(code, b!.cookie.secure, false);
      assert.equal(a!.optionName('httpOnly'), "'cookie_httponly'");
      assert.equal(textAt(code, a!.optionsRange), "['cookie_httponly' => false]");
    });

    it('follows a variable array, later element writes and spreads', () => {
      const code = php("$base = ['cookie_secure' => true];\n$options = [...$base, 'name' => 'app'];\n$options['cookie_samesite'] = 'Strict';\nsession_start($options);");
      const fact = single(sessions(phpFacts(code)));
      assertKnown(code, fact.cookie.secure, true);
      assertKnown(code, fact.cookie.name, 'app');
      assertKnown(code, fact.cookie.sameSite, 'strict');
      assertAbsent(fact.cookie.httpOnly, false);
    });

    it('resolves class constants and helper functions that return the options', () => {
      const code = php("final class S {\n  private const OPTS = ['cookie_httponly' => true];\n  public function go(): void { session_start(self::OPTS); }\n}\nfunction opts(): array { return ['cookie_secure' => true]; }\nsession_start(opts());");
      const [a, b] = sessions(phpFacts(code));
      assertKnown(code, a!.cookie.httpOnly, true);
      assertKnown(code, b!.cookie.secure, true);
    });

    it('adds a missing option to the array, following its layout', () => {
      const code = php("session_start([\n    'cookie_secure' => true,\n    'use_strict_mode' => true\n]);");
      const fact = single(sessions(phpFacts(code)));
      const fixed = applyPhp(code, fact.editor?.setOption('httpOnly', { type: 'boolean', value: true }));
      assert.equal(fixed, php("session_start([\n    'cookie_secure' => true,\n    'use_strict_mode' => true,\n    'cookie_httponly' => true\n]);"));
      const oneLine = php("session_start(array(\"cookie_secure\" => true));");
      const added = applyPhp(oneLine, single(sessions(phpFacts(oneLine))).editor?.setOption('sameSite', { type: 'string', value: 'lax' }));
      assert.equal(added, php('session_start(array("cookie_secure" => true, "cookie_samesite" => "Lax"));'));
    });

    it('treats unresolvable options as unknown, and read_and_close alone as not configuring', () => {
      const opaque = php('function go($o) { session_start($o); }');
      assertUnknown(single(sessions(phpFacts(opaque))).cookie.httpOnly);
      const readOnly = php("session_start(['read_and_close' => true]);");
      assertUnknown(single(sessions(phpFacts(readOnly))).cookie.httpOnly);
    });
  });

  describe('session_name() and session_id()', () => {
    it('reads session_name($name) and renames through it', () => {
      const code = php("ini_set('session.use_strict_mode', '1');\nsession_name('PHPSESSID');\nsession_start();");
      const fact = single(sessions(phpFacts(code)));
      assertKnown(code, fact.cookie.name, 'PHPSESSID', "'PHPSESSID'");
      const renamed = applyPhp(code, fact.editor?.setOption('name', { type: 'string', value: '__Host-sid' }));
      assert.match(renamed, /session_name\('__Host-sid'\);/);
    });

    it('classifies session_id() arguments: predictable, secure, request input', () => {
      const weak = php("session_id(md5(uniqid() . mt_rand()));\nsession_start();");
      const fact = single(sessions(phpFacts(weak)));
      assertKnown(weak, fact.session.genid, ['mt_rand()', 'uniqid()']);
      assert.equal(fact.optionName('genid'), 'session_id()');
      assert.equal(applyPhp(weak, fact.editor?.removeOption?.('genid') ?? undefined), php('session_start();'));

      const strong = php('session_id(bin2hex(random_bytes(32)));\nsession_start();');
      assertKnown(strong, single(sessions(phpFacts(strong))).session.genid, []);

      const input = php("$sid = $_GET['sid'];\nsession_id($sid);\nsession_start();");
      const facts = phpFacts(input);
      const fixation = single(facts.filter((f) => f.kind === 'session-id-input'));
      assert.equal(fixation.kind === 'session-id-input' && fixation.source, "$_GET['sid']");
      assertUnknown(single(sessions(facts)).session.genid);
    });

    it('pairs each session_start() with the session_id() call before it in the same function', () => {
      const code = php("function a() { session_id('fixed'); session_start(['use_strict_mode' => true]); }\nfunction b() { session_start(['use_strict_mode' => true]); }");
      const [a, b] = sessions(phpFacts(code));
      assertKnown(code, a!.session.genid, ['a fixed string']);
      assertAbsent(b!.session.genid, []);
    });
  });
});
