import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { AuthHandlerFact, CsrfSurfaceFact } from '../../../../rules/dist/model/lifecycleFacts';
import type { ProjectContext } from '../../../../rules/dist/model/project';
import { loadGrammar, phpFacts, textAt } from './support/facts';

/** An in-memory Laravel 4 app: composer.json, app/filters.php and controllers, read through `readFile`. */
function appProject(files: Readonly<Record<string, string>>, laravel: string): ProjectContext {
  return {
    dependencies: { 'laravel/framework': laravel },
    readFile: (fromFile, relativePath) => {
      const fileName = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), relativePath));
      const text = files[fileName];
      return text === undefined ? undefined : { fileName, text };
    },
  };
}

const COMPOSER = JSON.stringify({ require: { 'laravel/framework': '4.2.*' }, autoload: { classmap: ['app/controllers'] } });
const FILTERS = `<?php
Route::filter('auth', function() { if (Auth::guest()) return Redirect::guest('login'); });
Route::filter('csrf', function() {
	if (Session::token() !== Input::get('_token')) throw new Illuminate\\Session\\TokenMismatchException;
});
`;
const ROUTES = `<?php
Route::group(array('before' => 'auth'), function() {
	Route::get('notes', 'NotesController@index');
	Route::post('notes', 'NotesController@store');
	Route::delete('notes/{id}', 'NotesController@destroy');
});
`;
const CONTROLLER = (constructor: string) => `<?php
class NotesController extends BaseController {
	public function __construct() { ${constructor} }
	public function index() { return View::make('notes'); }
	public function store() { return Redirect::to('notes'); }
	public function destroy($id) { return Redirect::to('notes'); }
}
`;

function csrfGaps(files: Readonly<Record<string, string>>, laravel = '4.2.17', routes = ROUTES): CsrfSurfaceFact[] {
  const project = appProject({ '/app/composer.json': COMPOSER, ...files, '/app/app/routes.php': routes }, laravel);
  return phpFacts(routes, '/app/app/routes.php', project).filter((f): f is CsrfSurfaceFact => f.kind === 'csrf-surface' && f.defence?.kind === 'disabled');
}

describe('Laravel 4 route filters and CSRF', () => {
  before(loadGrammar);

  it('reports logged-in unsafe routes without the csrf filter on the group that attaches auth', () => {
    const [gap, ...rest] = csrfGaps({ '/app/app/filters.php': FILTERS, '/app/app/controllers/NotesController.php': CONTROLLER('') });
    assert.equal(rest.length, 0);
    assert.equal(textAt(ROUTES, gap?.range), "'before' => 'auth'");
    assert.match(gap?.defence?.kind === 'disabled' ? gap.defence.reason : '', /POST \/notes and 1 more/);
  });

  it('is silent when the group also attaches csrf', () => {
    const routes = ROUTES.replace("'before' => 'auth'", "'before' => 'auth|csrf'");
    assert.deepEqual(csrfGaps({ '/app/app/filters.php': FILTERS }, '4.2.17', routes), []);
  });

  it('is silent when Route::when applies csrf to unsafe methods in app/filters.php', () => {
    const filters = `${FILTERS}Route::when('*', 'csrf', array('post', 'put', 'delete'));\n`;
    assert.deepEqual(csrfGaps({ '/app/app/filters.php': filters, '/app/app/controllers/NotesController.php': CONTROLLER('') }), []);
  });

  it("counts a controller's beforeFilter only for the HTTP methods it names", () => {
    const postOnly = csrfGaps({ '/app/app/filters.php': FILTERS, '/app/app/controllers/NotesController.php': CONTROLLER("$this->beforeFilter('csrf', array('on' => 'post'));") });
    assert.equal(postOnly.length, 1, 'DELETE notes/{id} stays open');
    assert.match(postOnly[0]?.defence?.kind === 'disabled' ? postOnly[0].defence.reason : '', /DELETE \/notes\/\{id\}/);
    const every = csrfGaps({ '/app/app/filters.php': FILTERS, '/app/app/controllers/NotesController.php': CONTROLLER("$this->beforeFilter('csrf', array('on' => array('post', 'delete')));") });
    assert.deepEqual(every, []);
  });

  it("suggests the Session facade for a Laravel 4 logout (Laravel 4 has no session() helper), session() from 5.0", () => {
    const controller = `<?php
class UsersController extends BaseController {
	public function logout() {
		Auth::logout();
		return Redirect::to('/');
	}
}
`;
    const edits = (laravel: string) => {
      const project = appProject({ '/app/composer.json': COMPOSER, '/app/app/controllers/UsersController.php': controller }, laravel);
      const logout = phpFacts(controller, '/app/app/controllers/UsersController.php', project).find((f): f is AuthHandlerFact => f.kind === 'auth-handler' && f.role === 'logout');
      return (logout?.destroyEdits ?? []).map((e) => e.newText).join('');
    };
    assert.match(edits('4.2.17'), /Session::invalidate\(\);[\s\S]*Session::regenerateToken\(\);/);
    assert.match(edits('5.8.38'), /session\(\)->invalidate\(\);/);
  });

  it('leaves Laravel 5 and later to the VerifyCsrfToken middleware checks', () => {
    assert.deepEqual(csrfGaps({ '/app/app/filters.php': FILTERS, '/app/app/controllers/NotesController.php': CONTROLLER('') }, '5.8.38'), []);
  });
});
