import * as assert from 'node:assert/strict';
import { assertAbsent, assertKnown, loadGrammar, phpFacts, sessions, single } from './support/facts';

describe('Laravel session config recognised by its content', () => {
  before(loadGrammar);

  const config = `<?php
return array(
    'driver' => 'redis',
    'lifetime' => 240,
    'expire_on_close' => false,
    'cookie' => 'laravel_session',
    'secure' => false,
);
`;

  it('reads a session config outside config/session.php (Laravel 4 environment folders, copies)', () => {
    for (const fileName of ['/project/app/config/production/session.php', '/project/modules/shop/session-config.php']) {
      const fact = single(sessions(phpFacts(config, fileName)));
      assert.equal(fact.library, 'laravel');
      assertKnown(config, fact.cookie.name, 'laravel_session', "'laravel_session'");
      assertKnown(config, fact.cookie.secure, false, 'false');
      assertKnown(config, fact.session.idleTimeout, 240 * 60, '240');
      assertAbsent(fact.cookie.httpOnly, true);
    }
  });

  it('leaves arrays with driver and lifetime but no cookie key alone', () => {
    const cache = "<?php\nreturn ['driver' => 'redis', 'lifetime' => 55, 'secure' => false, 'prefix' => 'oauth:'];\n";
    assert.deepEqual(sessions(phpFacts(cache, '/project/config/oauth-tokens.php')), []);
    // The same content under config/session.php is Laravel's by its name.
    assert.equal(single(sessions(phpFacts(cache, '/project/config/session.php'))).library, 'laravel');
  });

  it('needs the array to be returned by the file', () => {
    const assigned = "<?php\n$session = ['driver' => 'file', 'lifetime' => 120, 'cookie' => 'app_session'];\n";
    assert.deepEqual(sessions(phpFacts(assigned, '/project/src/defaults.php')), []);
  });
});
