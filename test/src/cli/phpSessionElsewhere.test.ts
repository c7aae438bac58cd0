import * as assert from 'node:assert/strict';
import { makeProject, parseJsonReport, removeProject, runCli } from './support';

/**
 * PHP keeps one session configuration per request. A session class whose wrapper method only
 * passes the cookie's lifetime, path and domain on (Shaarli's SessionManager::cookieParameters) leaves
 * the name to the bootstrap that runs first (init.php's session_name('shaarli')): the class's file is
 * not asked for a name it never sets, and what it leaves out that no file sets is still reported.
 */
describe('PHP session settings made by another file of the application', () => {
  const sessionClass = [
    '<?php',
    'class SessionManager',
    '{',
    '    public function cookieParameters(int $lifeTime, string $path, string $domain): void',
    '    {',
    '        session_set_cookie_params($lifeTime, $path, $domain);',
    '    }',
    '',
    '    public function start(): bool',
    '    {',
    '        return session_start();',
    '    }',
    '}',
    '',
  ].join('\n');
  const bootstrap = (name: string) =>
    [
      '<?php',
      "require __DIR__ . '/SessionManager.php';",
      "ini_set('session.cookie_httponly', '1');",
      "ini_set('session.use_only_cookies', '1');",
      name,
      'session_start();',
      '',
    ].join('\n');

  const findings = (files: Record<string, string>): string[] => {
    const root = makeProject(files);
    try {
      const report = parseJsonReport(runCli(['.', '-f', 'json', '--exit-zero'], root));
      return report.findings.map((f) => `${f.file}:${f.line}:${f.ruleId}`).sort();
    } finally {
      removeProject(root);
    }
  };

  it('does not report the default name in the class when the bootstrap names the session', () => {
    const got = findings({ 'init.php': bootstrap("session_name('shaarli');"), 'SessionManager.php': sessionClass });
    assert.ok(!got.includes('SessionManager.php:6:session-cookie-name-default'), got.join('\n'));
    // HttpOnly is set by the bootstrap too; SameSite and strict mode by no file: still reported.
    assert.ok(!got.includes('SessionManager.php:6:cookie-httponly'), got.join('\n'));
    assert.ok(got.includes('SessionManager.php:6:cookie-samesite'), got.join('\n'));
    assert.ok(got.includes('SessionManager.php:6:session-strict-mode'), got.join('\n'));
  });

  it('reports the default name when no file of the application names the session (a test bootstrap does not count)', () => {
    const got = findings({
      'init.php': bootstrap('// the session keeps its default name'),
      'SessionManager.php': sessionClass,
      'tests/bootstrap.php': "<?php\nsession_name('testsession');\n",
    });
    assert.ok(got.includes('SessionManager.php:6:session-cookie-name-default'), got.join('\n'));
  });

  // phpipam: functions.php only turns HttpOnly on; class.User.php sets the lifetime and starts the session.
  const hardening = "<?php\nif (php_sapi_name() != 'cli')\n    ini_set('session.cookie_httponly', 1);\n";
  const userClass = [
    '<?php',
    'class User',
    '{',
    '    public function startSession(): void',
    '    {',
    "        ini_set('session.cookie_lifetime', 86400);",
    '        session_start();',
    '    }',
    '}',
    '',
  ].join('\n');

  it('judges the defaults where the session is set up, not in a file that only turns a protective flag on', () => {
    const got = findings({ 'functions/functions.php': hardening, 'functions/classes/class.User.php': userClass });
    for (const rule of ['cookie-samesite', 'cookie-secure', 'session-strict-mode']) {
      assert.ok(!got.includes(`functions/functions.php:3:${rule}`), got.join('\n'));
      assert.ok(got.includes(`functions/classes/class.User.php:6:${rule}`), got.join('\n'));
    }
    assert.ok(!got.includes('functions/classes/class.User.php:6:cookie-httponly'), got.join('\n'));
  });

  it('still judges a flags-only file when no other file sets the session up (a bare session_start() beside it)', () => {
    const got = findings({ 'config.php': hardening, 'index.php': "<?php\nrequire __DIR__ . '/config.php';\nsession_start();\n" });
    assert.ok(got.includes('config.php:3:cookie-samesite'), got.join('\n'));
    assert.ok(got.includes('config.php:3:session-strict-mode'), got.join('\n'));
  });
});
