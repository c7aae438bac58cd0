import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { AuthHandlerFact } from '../../../../rules/dist/model/lifecycleFacts';
import type { ProjectContext } from '../../../../rules/dist/model/project';
import type { CsrfSurfaceFact } from '../../../../rules/dist/model/lifecycleFacts';
import { exceptCovers } from '../../../../rules/dist/frontends/php/app/laravelApp';
import { includersOf } from '../../../../rules/dist/frontends/php/app/includers';
import { loadGrammar, phpFacts } from './support/facts';

/**
 * The PHP application model reads other files of the app through `project.readFile` only: an
 * in-memory app here (file name → text) stands for the disk, so each test says which files exist.
 */
function appProject(files: Readonly<Record<string, string>>): ProjectContext {
  return {
    dependencies: {},
    readFile: (fromFile, relativePath) => {
      const fileName = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), relativePath));
      const text = files[fileName];
      return text === undefined ? undefined : { fileName, text };
    },
  };
}

function handlers(code: string, fileName: string, files: Readonly<Record<string, string>>): AuthHandlerFact[] {
  return phpFacts(code, fileName, appProject(files)).filter((f): f is AuthHandlerFact => f.kind === 'auth-handler');
}

/** The same in-memory app, with its PHP files listed as a face that can list the workspace lists them. */
function listedProject(files: Readonly<Record<string, string>>): ProjectContext {
  const listing = Object.keys(files).filter((name) => name.endsWith('.php')).sort();
  return { ...appProject(files), phpSources: () => ({ root: '/app', files: listing, read: (name) => files[name] }) };
}

function surfaces(fileName: string, project: ProjectContext, files: Readonly<Record<string, string>>): CsrfSurfaceFact[] {
  return phpFacts(files[fileName]!, fileName, project).filter((f): f is CsrfSurfaceFact => f.kind === 'csrf-surface');
}

const COMPOSER = JSON.stringify({ require: { 'laravel/framework': '^10.0' }, autoload: { 'psr-4': { 'App\\': 'app/' } } });

describe('PHP application model', () => {
  before(loadGrammar);

  describe('includes', () => {
    const login = (include: string) => `<?php
session_start();
${include}
if (password_verify($_POST['password'], $hash)) {
    renew();
    $_SESSION['user_id'] = $id;
}`;
    const helper = "<?php\nfunction renew() { session_regenerate_id(true); }\n";

    for (const [form, include, helperFile] of [
      ['a bare relative path', "require 'lib/auth.php';", '/app/lib/auth.php'],
      ['__DIR__ . path', "require_once __DIR__ . '/lib/auth.php';", '/app/lib/auth.php'],
      ['dirname(__FILE__) . path', "include dirname(__FILE__) . '/lib/auth.php';", '/app/lib/auth.php'],
      ['dirname(__DIR__) . path', "require dirname(__DIR__) . '/lib/auth.php';", '/lib/auth.php'],
      ["a constant of the file . path", "define('ROOT', '../');\nrequire ROOT . 'lib/auth.php';", '/lib/auth.php'],
    ] as const) {
      it(`follows ${form} to the helper that renews the session`, () => {
        const [fact] = handlers(login(include), '/app/login.php', { [helperFile]: helper });
        assert.equal(fact?.renewal, 'renewed');
      });
    }

    it('keeps the login unrenewed when the included file cannot be read, or its helper does not renew', () => {
      assert.equal(handlers(login("require 'lib/auth.php';"), '/app/login.php', {})[0]?.renewal, 'missing');
      assert.equal(handlers(login("require 'lib/auth.php';"), '/app/login.php', { '/app/lib/auth.php': '<?php\nfunction renew() { error_log("login"); }\n' })[0]?.renewal, 'missing');
    });

    it('never follows an absolute path or a variable', () => {
      assert.equal(handlers(login("require '/etc/app/auth.php';"), '/app/login.php', { '/etc/app/auth.php': helper })[0]?.renewal, 'missing');
      assert.equal(handlers(login("require $base . '/auth.php';"), '/app/login.php', { '/app/auth.php': helper })[0]?.renewal, 'missing');
    });

    it('stops at include cycles', () => {
      const files = { '/app/a.php': "<?php\nrequire 'b.php';\n", '/app/b.php': "<?php\nrequire 'a.php';\n" };
      assert.equal(handlers(login("require 'a.php';"), '/app/login.php', files)[0]?.renewal, 'missing');
    });
  });

  describe('Laravel routes to controllers', () => {
    const routes = "<?php\nuse App\\Http\\Controllers\\Auth\\LoginController;\nRoute::post('login', [LoginController::class, 'login']);\n";
    const controller = (body: string) => `<?php
namespace App\\Http\\Controllers\\Auth;
class LoginController extends Controller
{
${body}
    public function login(Request $request) { return Auth::attempt($request->only('email', 'password')); }
}`;
    const rateLimited = (files: Readonly<Record<string, string>>) => handlers(routes, '/app/routes/web.php', { '/app/composer.json': COMPOSER, ...files }).map((f) => f.rateLimited);

    it('reads the controller by PSR-4 and judges its throttle', () => {
      assert.deepEqual(rateLimited({ '/app/app/Http/Controllers/Auth/LoginController.php': controller('') }), [false]);
      assert.deepEqual(rateLimited({ '/app/app/Http/Controllers/Auth/LoginController.php': controller("    public function __construct() { $this->middleware('throttle:5,1')->only('login'); }") }), [true]);
      assert.deepEqual(rateLimited({ '/app/app/Http/Controllers/Auth/LoginController.php': controller("    public function __construct() { $this->middleware('throttle:5,1')->except('login'); }") }), [false]);
    });

    it('counts a throttle in the route file group of app/Http/Kernel.php', () => {
      const kernel = (web: string) => `<?php\nclass Kernel { protected $middlewareGroups = ['web' => [${web}], 'api' => ['throttle:api']]; }`;
      const files = { '/app/app/Http/Controllers/Auth/LoginController.php': controller('') };
      assert.deepEqual(rateLimited({ ...files, '/app/app/Http/Kernel.php': kernel("StartSession::class, 'throttle:60,1'") }), [true]);
      assert.deepEqual(rateLimited({ ...files, '/app/app/Http/Kernel.php': kernel('StartSession::class') }), [false]);
    });

    it('falls back to the scaffold names when the app cannot be read', () => {
      assert.deepEqual(handlers(routes, '/app/routes/web.php', {}), []);
    });
  });

  describe('scripts that include a session configuration (the reverse include index)', () => {
    const app: Record<string, string> = {
      '/app/lib/session.php': "<?php\nsession_set_cookie_params(['lifetime' => 3600, 'secure' => true, 'httponly' => true]);\nsession_start();\n",
      '/app/template/header.php': "<?php\nrequire_once __DIR__ . '/../lib/session.php';\n",
      '/app/admin/add-car.php': "<?php\nrequire_once '../lib/session.php';\nif (!isset($_SESSION['user_id'])) { header('Location: ../login.php'); exit; }\nif (isset($_POST['add'])) { $pdo->prepare('INSERT INTO cars (name) VALUES (?)')->execute([$_POST['name']]); }\n",
      '/app/admin/edit-user.php': "<?php\nrequire_once '../template/header.php';\nif (!isset($_SESSION['user_id'])) { header('Location: ../login.php'); exit; }\nif (isset($_POST['save'])) { $pdo->prepare('UPDATE users SET email = ? WHERE id = ?')->execute([$_POST['email'], $_SESSION['user_id']]); }\n",
      '/app/admin/list.php': "<?php\n// Lists what lib/session.php's pages show; includes another file of the same name.\nrequire_once 'session.php';\n",
      '/app/admin/session.php': '<?php\n',
    };

    it('finds the scripts that include a file, directly or through another include, and not a file that only names it', () => {
      assert.deepEqual(includersOf(listedProject(app), '/app/lib/session.php'), ['/app/admin/add-car.php', '/app/template/header.php', '/app/admin/edit-user.php']);
      assert.equal(includersOf(appProject(app), '/app/lib/session.php'), undefined, 'a face that cannot list files has no index');
    });

    it('reports the configuration once, naming the exposed scripts, and not the scripts, when the files can be listed', () => {
      const project = listedProject(app);
      const [surface] = surfaces('/app/lib/session.php', project, app);
      assert.deepEqual(surface?.routes.map((r) => r.path), ['add-car.php', 'edit-user.php']);
      assert.deepEqual(surface?.related?.map((r) => r.file), ['/app/admin/add-car.php', '/app/admin/edit-user.php']);
      assert.deepEqual(surfaces('/app/admin/add-car.php', project, app), []);
    });

    it('reports each script instead when the files cannot be listed, and nothing on a configuration with SameSite=Lax', () => {
      assert.equal(surfaces('/app/admin/add-car.php', appProject(app), app).length, 1);
      assert.deepEqual(surfaces('/app/lib/session.php', appProject(app), app), []);
      const lax = { ...app, '/app/lib/session.php': "<?php\nsession_set_cookie_params(['samesite' => 'Lax']);\nsession_start();\n" };
      assert.deepEqual(surfaces('/app/lib/session.php', listedProject(lax), lax), []);
      assert.deepEqual(surfaces('/app/admin/add-car.php', listedProject(lax), lax), []);
    });
  });

  describe("VerifyCsrfToken::$except patterns (Laravel's Str::is on the path)", () => {
    it('matches * across segments and everything else literally', () => {
      assert.equal(exceptCovers('api/*', '/api/notes/{note}'), true);
      assert.equal(exceptCovers('api/*', '/apis'), false);
      assert.equal(exceptCovers('/stripe/*', '/stripe/webhook'), true);
      assert.equal(exceptCovers('a.b', '/aXb'), false);
    });
  });
});
