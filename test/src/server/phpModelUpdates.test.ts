import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { uriOf } from './inputs';
import { changeOnDisk, findingsBecome, latestOf, serverPerTest } from './workspaceApps';

const SESSION_FRAMEWORK_YAML = "framework:\n    secret: '%env(APP_SECRET)%'\n    session:\n        handler_id: null\n        cookie_httponly: true\n";

const SECURITY_YAML = [
  'security:',
  '    password_hashers:',
  "        Symfony\\Component\\Security\\Core\\User\\PasswordAuthenticatedUserInterface: 'auto'",
  '    providers:',
  '        app_user_provider:',
  '            entity:',
  '                class: App\\Entity\\User',
  '                property: email',
  '    firewalls:',
  '        main:',
  '            lazy: true',
  '            provider: app_user_provider',
  '            form_login:',
  '                login_path: app_login',
  '                check_path: app_login',
  '            logout:',
  '                path: app_logout',
  '',
].join('\n');

/** composer.lock installing Symfony's bundles at one version. */
function composerLock(version: string): string {
  const packages = ['symfony/framework-bundle', 'symfony/security-bundle'].map((name) => ({ name, version: `v${version}` }));
  return `${JSON.stringify({ packages, 'packages-dev': [] }, null, 4)}\n`;
}

/** PHP applications: includes, Laravel's routes and CSRF exceptions, Symfony's config by installed version. */
describe('server: PHP application files changed in the editor or on disk', function () {
  this.timeout(60_000);
  const servers = serverPerTest();

  it('an included file edited unsaved, then on disk, changes the open login script', async () => {
    const dir = servers.app('plain-php', 'include-renewal');
    const client = await servers.start({ workspaceFolders: [dir], debounceMs: 20 });
    const login = uriOf(path.join(dir, 'login.php'));
    const include = path.join(dir, 'includes', 'auth.php');
    const keeping = fs.readFileSync(include, 'utf8');
    const renewing = keeping.replace('session_regenerate_id();', 'session_regenerate_id(true);');
    await client.open(login, 'php', fs.readFileSync(path.join(dir, 'login.php'), 'utf8'));
    await client.diagnosticsFor(login, 1);
    assert.equal(latestOf(client, login, 'session-regenerate-on-login').length, 1, 'session_regenerate_id() without true in the include');

    await client.open(uriOf(include), 'php', keeping);
    await client.replaceText(uriOf(include), renewing);
    await findingsBecome(client, login, 'session-regenerate-on-login', 0, 'renewed by the unsaved include');
    await client.close(uriOf(include));
    await findingsBecome(client, login, 'session-regenerate-on-login', 1, 'the include on disk again when closed unsaved');
    await changeOnDisk(client, include, renewing);
    await findingsBecome(client, login, 'session-regenerate-on-login', 0, 'renewed by the include on disk');
    assert.equal(client.latest(login)!.version, 1, 'login.php itself did not change');
  });

  it('an included session configuration follows the scripts that include it: a token typed into one, a script created on disk', async () => {
    const dir = servers.app('plain-php', 'session-include-admin');
    const client = await servers.start({ workspaceFolders: [dir], debounceMs: 20 });
    const configuration = uriOf(path.join(dir, 'lib', 'session.php'));
    const script = path.join(dir, 'admin', 'add-car.php');
    const exposed = fs.readFileSync(script, 'utf8');
    const defended = exposed.replace("if (isset($_POST['add-car'])) {", "if (isset($_POST['add-car'])) {\n    if (!hash_equals($_SESSION['csrf_token'], $_POST['csrf_token'] ?? '')) { exit; }");
    assert.notEqual(defended, exposed);
    await client.open(configuration, 'php', fs.readFileSync(path.join(dir, 'lib', 'session.php'), 'utf8'));
    await client.diagnosticsFor(configuration, 1);
    assert.equal(latestOf(client, configuration, 'csrf').length, 1, 'add-car.php changes data on POST without a token');

    await client.open(uriOf(script), 'php', exposed);
    await client.replaceText(uriOf(script), defended);
    await findingsBecome(client, configuration, 'csrf', 0, 'the unsaved script checks a token');
    await client.close(uriOf(script));
    await findingsBecome(client, configuration, 'csrf', 1, 'the script on disk again when closed unsaved');
    await changeOnDisk(client, script, defended);
    await findingsBecome(client, configuration, 'csrf', 0, 'the script on disk checks a token');
    await changeOnDisk(client, path.join(dir, 'admin', 'delete-car.php'), exposed.replace('add-car', 'delete-car'));
    await findingsBecome(client, configuration, 'csrf', 1, 'a script created on disk includes the configuration');
  });

  it("Laravel: the CSRF exception of VerifyCsrfToken follows the routes it exempts", async () => {
    const dir = servers.app('laravel', 'except-api-wildcard');
    const client = await servers.start({ workspaceFolders: [dir], debounceMs: 20 });
    const middleware = uriOf(path.join(dir, 'app', 'Http', 'Middleware', 'VerifyCsrfToken.php'));
    const web = path.join(dir, 'routes', 'web.php');
    const routes = fs.readFileSync(web, 'utf8');
    const loggedOut = routes.replace("Route::middleware('auth')->prefix('api')", "Route::prefix('api')");
    await client.open(middleware, 'php', fs.readFileSync(path.join(dir, 'app', 'Http', 'Middleware', 'VerifyCsrfToken.php'), 'utf8'));
    await client.diagnosticsFor(middleware, 1);
    assert.equal(latestOf(client, middleware, 'csrf').length, 1, "'api/*' exempts logged-in routes");

    await client.open(uriOf(web), 'php', routes);
    await client.replaceText(uriOf(web), loggedOut);
    await findingsBecome(client, middleware, 'csrf', 0, 'no logged-in route under api/ in the unsaved routes file');
    await client.close(uriOf(web));
    await findingsBecome(client, middleware, 'csrf', 1, 'the routes on disk again');
    await changeOnDisk(client, web, loggedOut);
    await findingsBecome(client, middleware, 'csrf', 0, 'no logged-in route under api/ on disk');
  });

  it('Symfony: composer.lock decides the session cookie defaults; login_throttling typed into security.yaml', async () => {
    const dir = servers.emptyDir();
    fs.mkdirSync(path.join(dir, 'config', 'packages'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'composer.json'), JSON.stringify({ name: 'acme/shop', type: 'project', require: { php: '>=8.2', 'symfony/framework-bundle': '^6.4 || ^7.1', 'symfony/security-bundle': '^6.4 || ^7.1' } }, null, 4));
    const lock = path.join(dir, 'composer.lock');
    fs.writeFileSync(lock, composerLock('6.4.13'));
    const framework = path.join(dir, 'config', 'packages', 'framework.yaml');
    const security = path.join(dir, 'config', 'packages', 'security.yaml');
    fs.writeFileSync(framework, SESSION_FRAMEWORK_YAML);
    fs.writeFileSync(security, SECURITY_YAML);
    const client = await servers.start({ workspaceFolders: [dir], debounceMs: 20 });
    await client.open(uriOf(framework), 'yaml', SESSION_FRAMEWORK_YAML);
    await client.open(uriOf(security), 'yaml', SECURITY_YAML);
    await client.diagnosticsFor(uriOf(framework), 1);
    await client.diagnosticsFor(uriOf(security), 1);
    assert.equal(latestOf(client, uriOf(framework), 'cookie-secure').length, 1, 'Symfony 6.4 adds no Secure by default');
    assert.equal(latestOf(client, uriOf(security), 'login-rate-limit').length, 1, 'a form login without login_throttling');

    await changeOnDisk(client, lock, composerLock('7.1.5'));
    await findingsBecome(client, uriOf(framework), 'cookie-secure', 0, "Symfony 7 defaults cookie_secure to 'auto'");

    await client.replaceText(uriOf(security), SECURITY_YAML.replace('            logout:', '            login_throttling:\n                max_attempts: 5\n            logout:'));
    await findingsBecome(client, uriOf(security), 'login-rate-limit', 0, 'login_throttling on the firewall');
  });
});
