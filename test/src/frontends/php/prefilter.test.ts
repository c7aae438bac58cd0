import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { phpFrontend } from '../../../../rules/dist/frontends/php/index';
import { mightContainPhpFacts } from '../../../../rules/dist/frontends/php/prefilter';
import { languageOf } from '../../../../rules/dist/language';
import { EMPTY_PROJECT } from '../../../../rules/dist/model/project';
import { loadFixtures } from '../../support/fixtures';
import { EXAMPLES } from '../../support/paths';
import { loadGrammar } from './support/facts';

/** Annotation comments (`# expect: cookie-secure`) name rules: their words must not be what lets a file through. */
const ANNOTATION_LINE = /^[ \t]*(?:\/\/|#|\/\*)[ \t]*(?:expect|ok):.*$/gm;

function blanked(text: string): string {
  return text.replace(ANNOTATION_LINE, (line) => ' '.repeat(line.length));
}

function factKinds(text: string, fileName: string): string[] {
  return phpFrontend.analyze({ text, fileName, project: EMPTY_PROJECT }).facts.map((f) => f.kind);
}

function phpFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.php')).map((e) => path.join(e.parentPath, e.name));
}

/**
 * The PHP prefilter asks for the APIs the adapters match, not for words: it must keep every file
 * that holds a fact and drop code that only talks about sessions and cookies.
 */
describe('PHP prefilter', () => {
  before(loadGrammar);

  it('keeps every PHP fixture and example that holds a fact, annotations blanked out', () => {
    const files = [
      ...loadFixtures().filter((f) => languageOf(f.virtualFileName) === 'php').map((f) => ({ name: f.virtualFileName, text: blanked(f.text) })),
      ...phpFilesUnder(EXAMPLES).map((file) => ({ name: file, text: fs.readFileSync(file, 'utf8') })),
    ];
    let withFacts = 0;
    const dropped: string[] = [];
    for (const { name, text } of files) {
      if (factKinds(text, name).length === 0) continue;
      withFacts++;
      if (!mightContainPhpFacts(text, name)) dropped.push(name);
    }
    assert.deepEqual(dropped, []);
    assert.ok(withFacts > 50, `only ${withFacts} PHP files with facts were checked`);
  });

  // WordPress- and Laravel-style code that says "session", "cookie", "login" and "csrf" without a fact in it.
  const lookAlikes: Record<string, string> = {
    'wp-includes/general-template.php (a logout link)':
      "<?php\nfunction wp_loginout( $redirect = '' ) {\n\tif ( ! is_user_logged_in() ) {\n\t\t$link = '<a href=\"' . esc_url( wp_login_url( $redirect ) ) . '\">' . __( 'Log in' ) . '</a>';\n\t} else {\n\t\t$link = '<a href=\"' . esc_url( wp_logout_url( $redirect ) ) . '\">' . __( 'Log out' ) . '</a>';\n\t}\n\techo apply_filters( 'loginout', $link );\n}\n",
    'wp-includes/class-wp-session-tokens.php (session tokens in user meta)':
      "<?php\nabstract class WP_Session_Tokens {\n\tfinal public function verify( $token ) {\n\t\t$verifier = $this->hash_token( $token );\n\t\treturn (bool) $this->get_session( $verifier );\n\t}\n\tfinal public function destroy_all() {\n\t\t$this->destroy_all_sessions();\n\t}\n}\n",
    'wp-includes/pluggable-cookie.php (reads auth cookies)':
      "<?php\nfunction wp_parse_auth_cookie( $cookie = '', $scheme = '' ) {\n\tif ( empty( $cookie ) && ! empty( $_COOKIE[ AUTH_COOKIE ] ) ) {\n\t\t$cookie = $_COOKIE[ AUTH_COOKIE ];\n\t}\n\t$cookie_elements = explode( '|', $cookie );\n\treturn compact( 'username', 'expiration', 'token', 'hmac' );\n}\n",
    'resources/views/profile.blade.php (a form with @csrf and the signed-in user)':
      "<form method=\"POST\" action=\"{{ route('profile.update') }}\">\n    @csrf\n    <input name=\"email\" value=\"{{ auth()->user()->email }}\">\n    <a href=\"{{ route('logout') }}\">Log out</a>\n</form>\n",
    'app/Http/Controllers/PostController.php (flashes a status into the session)':
      "<?php\nnamespace App\\Http\\Controllers;\n\nuse Illuminate\\Support\\Facades\\Auth;\n\nclass PostController extends Controller\n{\n    public function store(Request $request)\n    {\n        $post = Auth::user()->posts()->create($request->validated());\n        return redirect()->route('posts.show', $post)->with('status', session('status'));\n    }\n}\n",
  };
  for (const [name, text] of Object.entries(lookAlikes)) {
    it(`drops ${name}`, () => {
      const fileName = `/site/${name.split(' ')[0]}`;
      assert.equal(mightContainPhpFacts(text, fileName), false);
      assert.deepEqual(factKinds(text, fileName), [], 'and it holds no fact');
    });
  }

  // Facts that the words of the old prefilter found and the API patterns must find too.
  const kept: Record<string, string> = {
    // A call of `appLogout()` from another file would hand the logout over (unknown, no fact): this one clears the user by another name.
    'logout.php (a script named for a logout, calling a helper of another file)':
      "<?php\nrequire_once 'includes/page.php';\nappForgetUser();\nappRedirect( 'index.php' );\n",
    'includes/settings.php (ini_set with a constant key)':
      "<?php\nconst SECURE_KEY = 'session.cookie_secure';\nini_set(SECURE_KEY, '0');\n",
    'app/Http/Controllers/Auth/AuthenticatedSessionController.php (Breeze: destroy logs out)':
      "<?php\nnamespace App\\Http\\Controllers\\Auth;\n\nclass AuthenticatedSessionController extends Controller\n{\n    public function destroy(Request $request)\n    {\n        return redirect('/');\n    }\n}\n",
    'routes/web.php (a login route to a controller)':
      "<?php\nuse Illuminate\\Support\\Facades\\Route;\n\nRoute::post('/sign-in', [SignInController::class, 'create']);\n",
    'src/Security/LoginHandler.php (Symfony: a login writing the user into the session)':
      "<?php\nclass LoginHandler\n{\n    public function login(Request $request, User $user): void\n    {\n        $request->getSession()->set('user_id', $user->getId());\n    }\n}\n",
  };
  for (const [name, text] of Object.entries(kept)) {
    it(`keeps ${name}`, () => {
      const fileName = `/site/${name.split(' ')[0]}`;
      assert.ok(factKinds(text, fileName).length > 0, 'the case holds a fact');
      assert.equal(mightContainPhpFacts(text, fileName), true);
    });
  }

  it('keeps a script that changes state and includes the files that start its session and read its form', () => {
    // posts/store.php says neither "session" nor "POST": auth_middleware.php and _validate.php do (csrf follows the includes).
    const store = "<?php\ninclude('../auth_middleware.php');\ninclude('_validate.php');\n$statement = $pdo->prepare('INSERT INTO articles (title) VALUES (:title)');\n$statement->execute([':title' => $title]);\n";
    assert.equal(mightContainPhpFacts(store, '/site/posts/store.php'), true);
    // No change of state, or a class file (left to the framework checks): still dropped.
    const list = "<?php\ninclude('../auth_middleware.php');\n$rows = $pdo->query('SELECT * FROM articles')->fetchAll();\n";
    assert.equal(mightContainPhpFacts(list, '/site/posts/index.php'), false);
    const schema = "<?php\nrequire_once __DIR__ . '/Base.php';\nclass Mysql extends Base\n{\n    public function up($pdo) { $pdo->exec('UPDATE settings SET value = 1'); }\n}\n";
    assert.equal(mightContainPhpFacts(schema, '/site/app/Schema/Mysql.php'), false);
  });

  it('drops a file that its name alone makes no handler', () => {
    const helper = "<?php\nrequire_once 'includes/page.php';\nappLogout();\n";
    assert.equal(mightContainPhpFacts(helper, '/site/index.php'), false);
    assert.equal(mightContainPhpFacts(helper, '/site/logout.php'), true);
    assert.equal(mightContainPhpFacts(helper, '/site/sign_out.php'), true);
    assert.equal(mightContainPhpFacts(helper), false);
  });
});
