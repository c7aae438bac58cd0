import { assertAbsent, assertKnown, iniFacts, loadGrammar, phpFacts, sessions, single } from './support/facts';

describe('PHP session cookie: SameSite through the positional form and the pre-7.3 path workaround', () => {
  before(loadGrammar);

  it('leaves SameSite to its default when the positional form is the only configuration', () => {
    const code = "<?php\nsession_set_cookie_params(0, '/', '', true, true);\nsession_start();\n";
    const fact = single(sessions(phpFacts(code)));
    assertAbsent(fact.cookie.sameSite, undefined);
    assertKnown(code, fact.cookie.path, '/', "'/'");
  });

  it('reads `; samesite=X` written into the path as SameSite, and the path before it as the path', () => {
    const code = "<?php\nsession_set_cookie_params(0, '/app; SameSite=Strict', '', true, true);\nsession_start();\n";
    const fact = single(sessions(phpFacts(code)));
    assertKnown(code, fact.cookie.sameSite, 'strict', "'/app; SameSite=Strict'");
    assertKnown(code, fact.cookie.path, '/app');
    const ini = 'session.cookie_path = "/;samesite=Lax"\n';
    assertKnown(ini, single(sessions(iniFacts(ini))).cookie.sameSite, 'lax');
  });

  it('prefers the samesite setting when both are written', () => {
    const code = "<?php\nini_set('session.cookie_samesite', '');\nsession_set_cookie_params(0, '/; samesite=Lax');\nsession_start();\n";
    assertKnown(code, single(sessions(phpFacts(code))).cookie.sameSite, '');
  });
});
