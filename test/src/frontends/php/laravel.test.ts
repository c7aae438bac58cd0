import * as assert from 'node:assert/strict';
import { applyPhp, assertAbsent, assertEnv, assertKnown, loadGrammar, phpFacts, sessions, single } from './support/facts';

const CONFIG = '/project/config/session.php';

describe('Laravel config/session.php', () => {
  before(loadGrammar);

  const text = `<?php

use Illuminate\\Support\\Str;

return [
    'driver' => env('SESSION_DRIVER', 'file'),
    'lifetime' => (int) env('SESSION_LIFETIME', 120),
    'expire_on_close' => false,
    'cookie' => env('SESSION_COOKIE', Str::slug(env('APP_NAME', 'laravel'), '_').'_session'),
    'path' => '/',
    'domain' => env('SESSION_DOMAIN'),
    'secure' => env('SESSION_SECURE_COOKIE'),
    'http_only' => true,
    'same_site' => 'lax',
];
`;

  it('reads the returned array: minutes become seconds, env() defaults become fallbacks', () => {
    const fact = single(sessions(phpFacts(text, CONFIG)));
    assert.equal(fact.library, 'laravel');
    assertEnv(fact.session.idleTimeout, [], 7200);
    assertEnv(fact.cookie.maxAge, [], 7200);
    assertEnv(fact.session.store, [], 'file');
    // env('SESSION_SECURE_COOKIE') is null when unset: not Secure.
    assertEnv(fact.cookie.secure, [], false);
    assertKnown(text, fact.cookie.httpOnly, true, 'true');
    assertKnown(text, fact.cookie.sameSite, 'lax', "'lax'");
    assert.equal(fact.optionName('httpOnly'), "'http_only'");
    assert.equal(fact.optionName('idleTimeout'), "'lifetime'");
  });

  it('is read by its content from any file, and other returned arrays are not', () => {
    // Issue #17: a copy of the config under another name is still the session config (laravelByContent.test).
    assert.equal(sessions(phpFacts(text, '/project/app/settings.php')).length, 1);
    assert.equal(sessions(phpFacts("<?php\nreturn ['driver' => 'smtp', 'lifetime' => 60];\n", '/project/app/settings.php')).length, 0);
  });

  it('applies framework defaults to absent keys, and expire_on_close makes a browser-session cookie', () => {
    const code = "<?php\nreturn ['driver' => 'array', 'expire_on_close' => true];\n";
    const fact = single(sessions(phpFacts(code, CONFIG)));
    assertKnown(code, fact.session.store, 'memory');
    assertKnown(code, fact.cookie.maxAge, null);
    assertAbsent(fact.session.idleTimeout, 7200);
    assertAbsent(fact.cookie.httpOnly, true);
    assertAbsent(fact.cookie.secure, false);
    assertAbsent(fact.cookie.sameSite, undefined);
    const laravel11 = single(sessions(phpFacts(code, CONFIG, { dependencies: { 'laravel/framework': '^11.0' } })));
    assertAbsent(laravel11.cookie.sameSite, 'lax');
  });

  it("keeps env() and gives it a secure default; writes lifetimes in minutes; adds missing keys", () => {
    const fact = single(sessions(phpFacts(text, CONFIG)));
    assert.match(applyPhp(text, fact.editor?.setOption('secure', { type: 'boolean', value: true })), /'secure' => env\('SESSION_SECURE_COOKIE', true\),/);
    assert.match(applyPhp(text, fact.editor?.setOption('idleTimeout', { type: 'duration', seconds: 1800 })), /'lifetime' => \(int\) env\('SESSION_LIFETIME', 30\),/);
    const short = "<?php\n\nreturn [\n    'driver' => 'redis',\n];\n";
    assert.equal(
      applyPhp(short, single(sessions(phpFacts(short, CONFIG))).editor?.setOption('sameSite', { type: 'string', value: 'lax' })),
      "<?php\n\nreturn [\n    'driver' => 'redis',\n    'same_site' => 'lax',\n];\n",
    );
  });
});
