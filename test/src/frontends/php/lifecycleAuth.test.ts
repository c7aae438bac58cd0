import * as assert from 'node:assert/strict';
import type { Fact } from '../../../../rules/dist/model/facts';
import type { AuthHandlerFact, CsrfSurfaceFact, SessionIdInputFact } from '../../../../rules/dist/model/lifecycleFacts';
import { applyPhp, loadGrammar, phpFacts, single, textAt, yamlFacts } from './support/facts';

const php = (body: string): string => `<?php\n${body}\n`;
const handlers = (facts: readonly Fact[]): AuthHandlerFact[] => facts.filter((f): f is AuthHandlerFact => f.kind === 'auth-handler');
const surfaces = (facts: readonly Fact[]): CsrfSurfaceFact[] => facts.filter((f): f is CsrfSurfaceFact => f.kind === 'csrf-surface');
const idInputs = (facts: readonly Fact[]): SessionIdInputFact[] => facts.filter((f): f is SessionIdInputFact => f.kind === 'session-id-input');

const loginFn = (body: string): string => php(`function login(string $email, string $password): bool\n{\n    $user = find_user($email);\n    if (!$user || !password_verify($password, $user['hash'])) {\n        return false;\n    }\n${body}\n    return true;\n}`);

describe('PHP lifecycle: login', () => {
  before(loadGrammar);

  it('reports a missing renewal and fixes it with session_regenerate_id(true) on its own line', () => {
    const code = loginFn("    $_SESSION['user_id'] = $user['id'];");
    const fact = single(handlers(phpFacts(code)));
    assert.deepEqual([fact.role, fact.framework, fact.renewal, fact.evidence], ['login', 'php', 'missing', 'password_verify']);
    assert.equal(textAt(code, fact.identityWrite), "$_SESSION['user_id'] = $user['id']");
    assert.deepEqual(fact.related?.map((r) => r.message), ['The function login().', 'The user identity is written into the session here.']);
    const fixed = applyPhp(code, fact.renewEdits);
    assert.match(fixed, /\n {4}session_regenerate_id\(true\);\n {4}\$_SESSION\['user_id'\]/);
  });

  it('takes session_regenerate_id() without true as incomplete and adds true', () => {
    for (const call of ['session_regenerate_id()', 'session_regenerate_id(false)']) {
      const code = loginFn(`    ${call};\n    $_SESSION['user'] = $user;`);
      const fact = single(handlers(phpFacts(code)));
      assert.equal(fact.renewal, 'incomplete', call);
      assert.equal(textAt(code, fact.renewalRange), call);
      assert.match(applyPhp(code, fact.renewEdits), /session_regenerate_id\(true\);/);
    }
  });

  it('counts a complete renewal before the write, after it in the same request, and through a helper', () => {
    const before = loginFn("    session_regenerate_id(true);\n    $_SESSION['user_id'] = $user['id'];");
    const after = loginFn("    $_SESSION['user_id'] = $user['id'];\n    session_regenerate_id(delete_old_session: true);");
    const helper = `${loginFn("    renew();\n    $_SESSION['user_id'] = $user['id'];")}function renew(): void { session_regenerate_id(true); }\n`;
    for (const code of [before, after, helper]) assert.equal(single(handlers(phpFacts(code))).renewal, 'renewed');
  });

  it('reports a renewal after session_write_close() as late, and one in another branch as missing', () => {
    const closed = loginFn("    $_SESSION['user_id'] = $user['id'];\n    session_write_close();\n    session_start();\n    session_regenerate_id(true);");
    assert.equal(single(handlers(phpFacts(closed))).renewal, 'late');
    const branch = loginFn("    if ($user['mfa']) {\n        session_regenerate_id(true);\n    } else {\n        $_SESSION['user_id'] = $user['id'];\n    }");
    assert.equal(single(handlers(phpFacts(branch))).renewal, 'missing');
  });

  it('needs a login name or a credential check: a profile update is no login', () => {
    assert.deepEqual(handlers(phpFacts(php("function update_profile(array $p): void { $_SESSION['user'] = $p; }"))), []);
    assert.equal(single(handlers(phpFacts(php("$_SESSION['uid'] = lookup($_POST['u']);"), '/project/public/login.php'))).evidence, 'script login.php');
  });

  it("trusts Laravel's guard and fixes manual writes with $request->session()->regenerate()", () => {
    const code = php(`use Illuminate\\Http\\Request;
class LoginController extends Controller
{
    public function attempt(Request $request)
    {
        if (Auth::attempt($request->only('email', 'password'))) {
            session()->put('role', 'member');
            return redirect('/');
        }
    }

    public function manual(Request $request)
    {
        if (Hash::check($request->input('password'), $this->hash)) {
            $request->session()->put('user_id', 7);
        }
    }
}`);
    const [attempt, manual] = handlers(phpFacts(code));
    assert.deepEqual([attempt!.framework, attempt!.renewal, attempt!.evidence], ['laravel', 'renewed', 'Auth::attempt']);
    assert.deepEqual([manual!.renewal, manual!.evidence], ['missing', 'Hash::check']);
    assert.match(applyPhp(code, manual!.renewEdits), /\$request->session\(\)->regenerate\(\);\n {12}\$request->session\(\)->put\('user_id', 7\);/);
  });

  it('inserts the renewal on the same line inside a one-line <?php block', () => {
    const code = "<p><?php if (check_password($u, $p)) { $_SESSION['username'] = $u; } ?></p>\n";
    const fact = single(handlers(phpFacts(code)));
    assert.match(applyPhp(code, fact.renewEdits), /\{ session_regenerate_id\(true\); \$_SESSION\['username'\] = \$u; \}/);
  });
});

describe('PHP lifecycle: logout', () => {
  before(loadGrammar);
  const logout = (body: string): AuthHandlerFact => single(handlers(phpFacts(php(`function logout(): void\n{\n${body}\n}`))));

  it('needs session_destroy() and the cookie cleared', () => {
    assert.equal(logout("    $_SESSION = [];\n    setcookie(session_name(), '', time() - 42000, '/');\n    session_destroy();").destruction, 'destroyed');
    const kept = logout('    session_unset();\n    session_destroy();');
    assert.deepEqual([kept.destruction, kept.cookieKept], ['partial', true]);
  });

  it('reports clearing data, keys or the cookie alone as partial, with a suggestion that parses', () => {
    for (const body of ["    unset($_SESSION['user_id']);", '    $_SESSION = array();', "    setcookie('PHPSESSID', '', 1, '/');", '    session_unset();']) {
      const code = php(`function logout(): void\n{\n${body}\n}`);
      const fact = single(handlers(phpFacts(code)));
      assert.equal(fact.destruction, 'partial', body);
      const fixed = applyPhp(code, fact.destroyEdits);
      assert.match(fixed, /session_destroy\(\);/);
      // The cookie is expired once: by the handler's own setcookie() or by the inserted one.
      assert.equal(fixed.match(/setcookie\(/g)?.length, 1, fixed);
    }
  });

  it('follows a helper that ends the session', () => {
    const code = php("function end_session(): void { $_SESSION = []; setcookie(session_name(), '', 1); session_destroy(); }\nfunction sign_out(): void { end_session(); }");
    assert.equal(single(handlers(phpFacts(code))).destruction, 'destroyed');
  });

  it('takes Laravel invalidate() as the end of the session and suggests it after Auth::logout()', () => {
    const code = php('use Illuminate\\Http\\Request;\nclass SessionController {\n    public function destroy(Request $request)\n    {\n        Auth::logout();\n        return redirect(\'/\');\n    }\n}');
    const fact = single(handlers(phpFacts(code)));
    assert.deepEqual([fact.framework, fact.destruction, fact.evidence], ['laravel', 'partial', 'Auth::logout()']);
    assert.match(applyPhp(code, fact.destroyEdits), /Auth::logout\(\);\n {8}\$request->session\(\)->invalidate\(\);\n {8}\$request->session\(\)->regenerateToken\(\);/);
  });
});

describe('PHP lifecycle: Laravel routes', () => {
  before(loadGrammar);
  const routes = (code: string, fileName = '/project/routes/web.php'): AuthHandlerFact[] => handlers(phpFacts(php(code), fileName));

  it('reads the throttle middleware from the chain and from enclosing groups', () => {
    const code = `
Route::post('/login', [AuthController::class, 'login']);
Route::post('/v2/login', [AuthController::class, 'login'])->middleware(['guest', 'throttle:login']);
Route::middleware('throttle:6,1')->group(function () {
    Route::post('/v3/login', [AuthController::class, 'login']);
});
Route::prefix('auth')->group(function () {
    Route::post('login', [AuthController::class, 'login']);
    Route::post('password', [PasswordController::class, 'update']);
});`;
    assert.deepEqual(routes(code).map((f) => [f.route?.path, f.rateLimited]), [
      ['/login', false],
      ['/v2/login', true],
      ['/v3/login', true],
      ['/auth/login', false],
    ]);
  });

  it('leaves routes/api.php and self-throttling scaffolds unjudged', () => {
    assert.equal(single(routes("Route::post('/token', [TokenController::class, 'issue']);", '/project/routes/api.php')).rateLimited, undefined);
    assert.deepEqual(routes("Route::post('login', [AuthenticatedSessionController::class, 'store']);"), []);
  });

  it('analyses a closure route as a handler with its route', () => {
    const facts = routes("Route::post('/logout', function (Request $request) {\n    Auth::logout();\n    return redirect('/');\n});");
    const fact = single(facts);
    assert.deepEqual([fact.role, fact.destruction, fact.route?.method, fact.route?.path], ['logout', 'partial', 'POST', '/logout']);
  });
});

describe('PHP lifecycle: CSRF and session ids', () => {
  before(loadGrammar);

  it("reports VerifyCsrfToken's wildcard exemption, a handle() that skips the check and Laravel 11's except", () => {
    const middleware = php("class VerifyCsrfToken extends Middleware\n{\n    protected $except = ['stripe/*', '*'];\n    public function handle($request, Closure $next) { return $next($request); }\n}");
    assert.deepEqual(surfaces(phpFacts(middleware)).map((f) => f.defence.kind === 'disabled' && textAt(middleware, f.defence.range)), ["'*'", 'handle']);
    const bootstrap = php("return Application::configure()->withMiddleware(function (Middleware $m) { $m->validateCsrfTokens(except: ['*']); })->create();");
    assert.equal(single(surfaces(phpFacts(bootstrap))).defence.kind, 'disabled');
    assert.deepEqual(surfaces(phpFacts(php("class VerifyCsrfToken extends Middleware { protected $except = ['stripe/*']; }"))), []);
  });

  it('reads a plain POST handler against the session config: none, or a token check', () => {
    const open = php("session_start(['cookie_samesite' => 'None']);\nif ($_SERVER['REQUEST_METHOD'] === 'POST') { save($_POST); }");
    const fact = single(surfaces(phpFacts(open)));
    assert.equal(fact.defence.kind, 'none');
    assert.equal(textAt(open, fact.routes[0]!.range), "$_SERVER['REQUEST_METHOD'] === 'POST'");
    const checked = php("session_start(['cookie_samesite' => 'None']);\nif (!hash_equals($_SESSION['csrf_token'], $_POST['csrf_token'] ?? '')) exit;");
    assert.equal(single(surfaces(phpFacts(checked))).defence.kind, 'token-check');
  });

  it("reports Symfony's csrf_protection turned off in YAML", () => {
    const text = 'framework:\n    csrf_protection: false\n    session: true\n';
    const fact = single(surfaces(yamlFacts(text)));
    assert.equal(textAt(text, fact.range), 'csrf_protection: false');
  });

  it('finds framework session ids set from request input, through variables', () => {
    const code = php("$sid = $request->header('X-Session');\nSession::setId($sid);\nsession()->setId(Str::random(40));\n$request->getSession()->setId($request->query->get('sid'));");
    assert.deepEqual(idInputs(phpFacts(code)).map((f) => f.source), ["$request->header('X-Session')", "$request->query->get('sid')"]);
  });
});

describe('PHP lifecycle: request branches of a script', () => {
  before(loadGrammar);
  const server = (signUp: string, login: string, top = ''): string =>
    php(`session_start();\n${top}if (isset($_POST['reg_user'])) {\n    mysqli_query($db, "INSERT INTO users (username) VALUES ('$u')");\n${signUp}\n}\nif (isset($_POST['login_user'])) {\n    $row = mysqli_fetch_assoc(mysqli_query($db, "SELECT password FROM users WHERE username='$u'"));\n    if (password_verify($_POST['password'], $row['password'])) {\n${login}\n    }\n}`);

  it("judges the login branch beside a sign-up branch: its own write, its own condition", () => {
    const code = server("    $_SESSION['username'] = $u;", "        $_SESSION['username'] = $u;");
    const fact = single(handlers(phpFacts(code, '/project/server.php')));
    assert.deepEqual([fact.role, fact.renewal], ['login', 'missing']);
    assert.equal(code.slice(0, fact.identityWrite!.start).split('\n').length, 10, 'the login branch write (the sign-up writes on line 5)');
    assert.equal(textAt(code, fact.route?.range), "(isset($_POST['login_user']))");
  });

  it("counts a renewal every request makes above the branches, not one in the sign-up's branch", () => {
    const top = server("    $_SESSION['username'] = $u;", "        $_SESSION['username'] = $u;", 'session_regenerate_id(true);\n');
    assert.equal(single(handlers(phpFacts(top, '/project/server.php'))).renewal, 'renewed');
    const signUpOnly = server("    session_regenerate_id(true);\n    $_SESSION['username'] = $u;", "        $_SESSION['username'] = $u;");
    assert.equal(single(handlers(phpFacts(signUpOnly, '/project/server.php'))).renewal, 'missing');
  });

  it('places the rate limit on the branch that writes the user, not on an earlier token branch or a read above it', () => {
    const code = php(`$email = $_POST['email'] ?? '';\nif ($_SERVER['REQUEST_METHOD'] === 'POST') {\n    if (!hash_equals($_SESSION['csrf'] ?? '', $_POST['csrf'] ?? '')) { exit; }\n}\nif ($_SERVER['REQUEST_METHOD'] === 'POST') {\n    if (password_verify($_POST['pass'], $hash)) {\n        session_regenerate_id(true);\n        $_SESSION['admin_logged_in'] = true;\n    }\n}`);
    const fact = single(handlers(phpFacts(code, '/project/admin/admin_login.php')));
    assert.deepEqual([fact.role, fact.renewal, fact.rateLimited], ['login', 'renewed', false]);
    assert.equal(code.slice(0, fact.route!.range.start).split('\n').length, 6);
  });

  it("takes a page's ?logout branch that ends the session for a logout, and one that only shows a message for none", () => {
    const page = php(`session_start();\nif (!isset($_SESSION['username'])) { header('location: login.php'); }\nif (isset($_GET['logout'])) {\n    session_destroy();\n    unset($_SESSION['username']);\n    header('location: login.php');\n}`);
    const fact = single(handlers(phpFacts(page, '/project/index.php')));
    assert.deepEqual([fact.role, fact.destruction, fact.cookieKept], ['logout', 'partial', true]);
    assert.equal(textAt(page, fact.partialRange), 'session_destroy()');
    const message = php(`session_start();\nif (isset($_GET['logout'])) {\n    $notice = 'You have been logged out.';\n}`);
    assert.deepEqual(handlers(phpFacts(message, '/project/login-page.php')), []);
  });
});
