import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../../rules/dist/model/edit';
import { frontendFor } from '../../../../rules/dist/frontends/registry';
import { assertAbsent, assertEnv, assertKnown, htaccessFacts, iniFacts, sessions, single, textAt, yamlFacts } from './support/facts';

describe('php.ini, .user.ini and .htaccess frontends', () => {
  it('reads php.ini session settings with PHP ini value syntax', () => {
    const text = '[PHP]\nengine = On\n\n[Session]\nsession.use_strict_mode = 0\nsession.cookie_httponly =\nsession.cookie_secure = On ; behind TLS\nsession.cookie_samesite = None\nsession.name = "APPSESSID"\nsession.gc_maxlifetime = 1440\n';
    const fact = single(sessions(iniFacts(text)));
    assert.equal(fact.library, 'php-ini');
    assertKnown(text, fact.session.strictMode, false, '0');
    assertKnown(text, fact.cookie.httpOnly, false);
    assertKnown(text, fact.cookie.secure, true, 'On');
    // A bare None is an empty string to PHP's ini parser: no SameSite at all.
    assertKnown(text, fact.cookie.sameSite, '');
    assertKnown(text, fact.cookie.name, 'APPSESSID', '"APPSESSID"');
    assertAbsent(fact.session.useTransSid, false);
    assert.equal(textAt(text, fact.range), '[Session]');
    assert.equal(fact.optionName('httpOnly'), 'session.cookie_httponly');
  });

  it('produces no fact for ini files without session settings', () => {
    assert.equal(iniFacts('[xdebug]\nxdebug.mode = debug\n').length, 0);
  });

  it('reads ${VAR} references as env', () => {
    const fact = single(sessions(iniFacts('session.cookie_secure = ${SESSION_SECURE}\n')));
    assertEnv(fact.cookie.secure);
  });

  it('edits in the value style of the line, and adds lines in the [Session] section', () => {
    const text = '[Session]\nsession.cookie_secure = Off\n;session.cookie_httponly =\nsession.use_strict_mode = 1\n\n[mail function]\nSMTP = localhost\n';
    const fact = single(sessions(iniFacts(text)));
    assert.equal(applyEdits(text, fact.editor!.setOption('secure', { type: 'boolean', value: true })!), text.replace('= Off', '= On'));
    assert.equal(applyEdits(text, fact.editor!.setOption('httpOnly', { type: 'boolean', value: true })!), text.replace(';session.cookie_httponly =\n', ';session.cookie_httponly =\nsession.cookie_httponly = 1\n'));
    assert.equal(applyEdits(text, fact.editor!.setOption('sameSite', { type: 'string', value: 'none' })!), text.replace('session.use_strict_mode = 1\n', 'session.use_strict_mode = 1\nsession.cookie_samesite = "None"\n'));
    const empty = '[Session]\nsession.cookie_httponly =\n';
    assert.equal(applyEdits(empty, single(sessions(iniFacts(empty))).editor!.setOption('httpOnly', { type: 'boolean', value: true })!), '[Session]\nsession.cookie_httponly = 1\n');
  });

  it('keeps CRLF line endings and reports ranges in UTF-16 offsets', () => {
    const text = '; café ☕ 😀\r\n[Session]\r\nsession.cookie_secure = 0\r\n';
    const fact = single(sessions(iniFacts(text)));
    assertKnown(text, fact.cookie.secure, false, '0');
    const fixed = applyEdits(text, fact.editor!.setOption('httpOnly', { type: 'boolean', value: true })!);
    assert.equal(fixed, '; café ☕ 😀\r\n[Session]\r\nsession.cookie_secure = 0\r\nsession.cookie_httponly = 1\r\n');
  });

  it('reads .htaccess php_flag / php_value / php_admin_* directives', () => {
    const text = '<IfModule mod_php.c>\n  php_flag session.cookie_httponly off\n  php_admin_value session.cookie_samesite "Strict"\n  php_value session.gc_maxlifetime 7200\n</IfModule>\n';
    const fact = single(sessions(htaccessFacts(text)));
    assertKnown(text, fact.cookie.httpOnly, false, 'off');
    assertKnown(text, fact.cookie.sameSite, 'strict', '"Strict"');
    assertKnown(text, fact.session.idleTimeout, 7200, '7200');
    assert.equal(textAt(text, fact.range), 'php_flag session.cookie_httponly off');
    assert.equal(applyEdits(text, fact.editor!.setOption('httpOnly', { type: 'boolean', value: true })!), text.replace('httponly off', 'httponly on'));
    assert.equal(
      applyEdits(text, fact.editor!.setOption('secure', { type: 'boolean', value: true })!),
      text.replace('gc_maxlifetime 7200\n', 'gc_maxlifetime 7200\n  php_flag session.cookie_secure on\n'),
    );
  });
});

describe('Symfony framework.yaml', () => {
  const base = 'framework:\n    secret: "%env(APP_SECRET)%"\n    session:\n        handler_id: null\n        cookie_secure: auto\n        cookie_samesite: lax\n';

  it("reads framework.session with Symfony 7's defaults", () => {
    const fact = single(sessions(yamlFacts(base)));
    assert.equal(fact.library, 'symfony');
    assertEnv(fact.cookie.secure, [true]);
    assertKnown(base, fact.cookie.sameSite, 'lax', 'lax');
    assertAbsent(fact.cookie.httpOnly, true);
    assertAbsent(fact.session.idleTimeout, 1440);
    assert.equal(fact.session.strictMode, undefined);
    assert.equal(fact.optionName('httpOnly'), 'cookie_httponly');
  });

  it('uses the php.ini defaults of Symfony before 7 and reads %env()% as env', () => {
    const text = 'framework:\n    session:\n        cookie_httponly: "%env(bool:SESSION_HTTPONLY)%"\n';
    const fact = single(sessions(yamlFacts(text, { dependencies: { 'symfony/framework-bundle': '^6.4' } })));
    assertAbsent(fact.cookie.secure, false);
    assertAbsent(fact.cookie.sameSite, undefined);
    assertEnv(fact.cookie.httpOnly);
  });

  it('lets when@prod override the base config and ignores disabled sessions', () => {
    const text = `${base}\nwhen@prod:\n    framework:\n        session:\n            cookie_secure: false\n`;
    assertKnown(text, single(sessions(yamlFacts(text))).cookie.secure, false);
    assert.equal(yamlFacts('framework:\n    session: false\n').length, 0);
    assert.equal(yamlFacts('framework:\n    session:\n        enabled: false\n').length, 0);
    assert.equal(yamlFacts('doctrine:\n    dbal:\n        url: session\n').length, 0);
  });

  it('skips the development and test folders of the old config layout', () => {
    const text = 'framework:\n    session:\n        cookie_secure: false\n';
    assert.equal(frontendFor('yaml')!.analyze({ text, fileName: '/app/config/packages/dev/framework.yaml', project: { dependencies: {} } }).facts.length, 0);
    assert.equal(frontendFor('yaml')!.analyze({ text, fileName: '/app/config/packages/prod/framework.yaml', project: { dependencies: {} } }).facts.length, 1);
  });

  it('replaces values, adds keys at the block indentation, and fills `session: ~`', () => {
    const fact = single(sessions(yamlFacts(base)));
    assert.equal(applyEdits(base, fact.editor!.setOption('sameSite', { type: 'string', value: 'strict' })!), base.replace('cookie_samesite: lax', 'cookie_samesite: strict'));
    assert.equal(applyEdits(base, fact.editor!.setOption('httpOnly', { type: 'boolean', value: true })!), `${base}        cookie_httponly: true\n`);
    const tilde = 'framework:\n    session: ~\n';
    assert.equal(applyEdits(tilde, single(sessions(yamlFacts(tilde))).editor!.setOption('name', { type: 'string', value: 'sid' })!), 'framework:\n    session:\n        name: sid\n');
  });
});
