import * as assert from 'node:assert/strict';
import { languageOf } from '../../../../rules/dist/language';
import { applyEdits } from '../../../../rules/dist/model/edit';
import { assertAbsent, assertKnown, iniFacts, sessions, single, textAt } from './support/facts';

describe('php-fpm pool files and other ini-style PHP configuration', () => {
  it('routes pool files by folder or name, and leaves other .conf files alone', () => {
    assert.equal(languageOf('/etc/php/8.2/fpm/pool.d/www.conf'), 'ini');
    assert.equal(languageOf('/usr/local/etc/php-fpm.d/zz-docker.conf'), 'ini');
    assert.equal(languageOf('C:\\php\\etc\\php-fpm.d\\app.conf'), 'ini');
    assert.equal(languageOf('docker/php-fpm.conf'), 'ini');
    assert.equal(languageOf('/usr/local/etc/php/conf.d/docker-php-ext-redis.ini'), 'ini');
    assert.equal(languageOf('/etc/nginx/conf.d/default.conf'), undefined);
    assert.equal(languageOf('/etc/apache2/sites-available/app.conf'), undefined);
  });

  it('reads php_value / php_flag / php_admin_* [session.*] entries with ini value syntax', () => {
    const text = '[www]\nuser = www-data\nphp_admin_value[session.cookie_secure] = 0\nphp_flag[session.cookie_httponly] = off\nphp_value[ session.name ] = "APPSID" ; quoted\nphp_admin_flag[session.use_strict_mode] = On\nphp_admin_value[memory_limit] = 128M\n';
    const fact = single(sessions(iniFacts(text)));
    assertKnown(text, fact.cookie.secure, false, '0');
    assertKnown(text, fact.cookie.httpOnly, false, 'off');
    assertKnown(text, fact.cookie.name, 'APPSID', '"APPSID"');
    assertKnown(text, fact.session.strictMode, true, 'On');
    assertAbsent(fact.cookie.sameSite, undefined);
    assert.equal(textAt(text, fact.range), 'php_admin_value[session.cookie_secure] = 0');
  });

  it('takes the last of a repeated directive, whether written directly or through a pool directive', () => {
    const text = 'session.cookie_samesite = "Strict" ; first\nsession.cookie_samesite = none\n';
    assertKnown(text, single(sessions(iniFacts(text))).cookie.sameSite, '', 'none');
    const pool = '[www]\nphp_admin_value[session.cookie_secure] = 1\nphp_admin_value[session.cookie_secure] = 0\n';
    assertKnown(pool, single(sessions(iniFacts(pool))).cookie.secure, false, '0');
  });

  it('edits the value in place and adds missing settings as pool directives of the same admin-ness', () => {
    const text = '[www]\nlisten = 9000\nphp_admin_flag[session.cookie_secure] = off\n';
    const fact = single(sessions(iniFacts(text)));
    assert.equal(applyEdits(text, fact.editor!.setOption('secure', { type: 'boolean', value: true })!), text.replace('= off', '= on'));
    assert.equal(applyEdits(text, fact.editor!.setOption('httpOnly', { type: 'boolean', value: true })!), `${text}php_admin_flag[session.cookie_httponly] = 1\n`);
    assert.equal(applyEdits(text, fact.editor!.setOption('sameSite', { type: 'string', value: 'lax' })!), `${text}php_admin_value[session.cookie_samesite] = Lax\n`);
    const user = '[www]\nphp_value[session.gc_maxlifetime] = 1440\n';
    const userFact = single(sessions(iniFacts(user)));
    assert.equal(applyEdits(user, userFact.editor!.setOption('strictMode', { type: 'boolean', value: true })!), `${user}php_flag[session.use_strict_mode] = 1\n`);
  });
});
