import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { AuthHandlerFact } from '../../../../rules/dist/model/lifecycleFacts';
import type { ProjectContext } from '../../../../rules/dist/model/project';
import { exceptCovers } from '../../../../rules/dist/frontends/php/app/laravelApp';
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

  describe("VerifyCsrfToken::$except patterns (Laravel's Str::is on the path)", () => {
    it('matches * across segments and everything else literally', () => {
      assert.equal(exceptCovers('api/*', '/api/notes/{note}'), true);
      assert.equal(exceptCovers('api/*', '/apis'), false);
      assert.equal(exceptCovers('/stripe/*', '/stripe/webhook'), true);
      assert.equal(exceptCovers('a.b', '/aXb'), false);
    });
  });
});
