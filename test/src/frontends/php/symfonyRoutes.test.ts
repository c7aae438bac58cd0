import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { AuthHandlerFact } from '../../../../rules/dist/model/lifecycleFacts';
import type { ProjectContext } from '../../../../rules/dist/model/project';
import { loadGrammar, phpFacts, textAt } from './support/facts';

/**
 * Symfony controller actions carry their route in a `#[Route]` attribute or a Doctrine `@Route`
 * annotation; the path (with the class prefix) says whether an action is a login or a logout, and
 * a hand-written login's rate-limit finding sits on that declaration.
 */
function handlers(code: string, project?: ProjectContext): AuthHandlerFact[] {
  return phpFacts(code, '/project/src/Controller/AccountController.php', project).filter((f): f is AuthHandlerFact => f.kind === 'auth-handler');
}

/** A hand-written login's body, after an optional first statement (a limiter). */
const loginBody = (first = '') => `{
        ${first}
        $user = $this->users->findOneBy(['email' => $request->request->get('email')]);
        if (!password_verify($request->request->get('password'), $user->getHash())) { return $this->redirectToRoute('login'); }
        $request->getSession()->migrate(true);
        $request->getSession()->set('user_id', $user->getId());
        return $this->redirectToRoute('home');
    }`;

describe('Symfony controller routes', () => {
  before(loadGrammar);

  it('reads a docblock @Route with a class prefix, its methods and the range of the annotation', () => {
    const code = `<?php
namespace App\\Controller;
use Symfony\\Component\\Routing\\Annotation\\Route;
/**
 * @Route("/account/")
 */
class AccountController extends AbstractController
{
    /**
     * Signs in.
     * @Route("/sign-in", name="account_sign_in", methods={"GET", "POST"})
     */
    public function signIn(Request $request) ${loginBody()}
}`;
    const [login] = handlers(code);
    assert.equal(login?.role, 'login');
    assert.equal(login?.route?.path, '/account/sign-in');
    assert.equal(login?.route?.method, 'GET,POST');
    assert.equal(login?.rateLimited, false);
    assert.equal(textAt(code, login?.route?.pathRange), '@Route("/sign-in", name="account_sign_in", methods={"GET", "POST"})');
  });

  it('reads a #[Route] attribute with a named path argument, and a limiter the action consumes', () => {
    const code = `<?php
namespace App\\Controller;
use Symfony\\Component\\Routing\\Attribute\\Route;
#[Route('/members', name: 'members_')]
class AccountController extends AbstractController
{
    #[Route(path: '/login', name: 'login', methods: ['POST'])]
    public function login(Request $request, RateLimiterFactory $loginLimiter) ${loginBody("if (!$loginLimiter->create($request->getClientIp())->consume(1)->isAccepted()) { throw new TooManyRequestsHttpException(); }")}
}`;
    const [login] = handlers(code);
    assert.equal(login?.route?.path, '/members/login');
    assert.equal(login?.route?.method, 'POST');
    assert.equal(login?.rateLimited, true);
  });

  it('judges an action by its path when its name says otherwise', () => {
    const code = `<?php
namespace App\\Controller;
use Symfony\\Component\\HttpFoundation\\Session\\Session;
use Symfony\\Component\\Routing\\Annotation\\Route;
class UserLogoutController extends AbstractController
{
    /** @Route("/logout", name="user_logout") */
    public function loginAction(Request $request)
    {
        $session = new Session();
        $session->clear();
        return $this->redirectToRoute('user_login');
    }
}`;
    const [logout] = handlers(code);
    assert.equal(logout?.role, 'logout');
    assert.equal(logout?.destruction, 'partial');
  });

  it("follows a login handed to a service the action receives, for the route's rate limit", () => {
    const action = `<?php
namespace App\\Controller;
use App\\Service\\LoginService;
use Symfony\\Component\\Routing\\Annotation\\Route;
class AccountController extends AbstractController
{
    /** @Route("/login", name="login") */
    public function index(Request $request, LoginService $loginService)
    {
        return $loginService->authenticate($request) ? $this->redirectToRoute('home') : $this->render('login.html.twig');
    }
}`;
    const service = (first: string) => `<?php
namespace App\\Service;
class LoginService
{
    public function authenticate(Request $request) ${loginBody(first)}
}`;
    // Class files are read by exact path (readFile), as every face's project reads them.
    const read = (text: string) => (from: string, specifier: string) => {
      const fileName = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
      return fileName === '/project/src/Service/LoginService.php' ? { fileName, text } : undefined;
    };
    const project = (text: string): ProjectContext => ({ dependencies: {}, readModule: read(text), readFile: read(text) });
    const unlimited = handlers(action, project(service(''))).find((f) => f.route?.path === '/login');
    assert.equal(unlimited?.role, 'login');
    assert.equal(unlimited?.rateLimited, false);
    const limited = handlers(action, project(service("if (!$this->limiter->create($request->getClientIp())->consume(1)->isAccepted()) { return false; }"))).find((f) => f.route?.path === '/login');
    assert.equal(limited?.rateLimited, true);
    assert.equal(handlers(action).find((f) => f.route?.path === '/login'), undefined, 'a service that cannot be read says nothing');
  });

  it('leaves a method without a route to its name', () => {
    const code = `<?php
namespace App\\Controller;
use Symfony\\Component\\Routing\\Annotation\\Route;
class AccountController extends AbstractController
{
    /** Not routed: a helper named for a login, with no credential check. */
    public function loginAction(Request $request)
    {
        return $this->render('login.html.twig');
    }
}`;
    assert.deepEqual(handlers(code), []);
  });
  it('reads FOSRestBundle verb routes under any alias: the method is the tag, a token login checking a password needs a limiter', () => {
    const tokenLogin = (route: string, alias = 'Rest') => `<?php
namespace App\\Controller;
use FOS\\RestBundle\\Controller\\Annotations as ${alias};
use Swagger\\Annotations as SWG;
class TokenController extends AbstractFOSRestController
{
    ${route}
    public function authenticateAction(Request $request, UserPasswordHasherInterface $hasher)
    {
        $user = $this->users->findOneBy(['email' => $request->get('email')]);
        if (!$hasher->isPasswordValid($user, $request->get('password'))) { return $this->view(null, 401); }
        return $this->view(['token' => $this->tokens->create($user)]);
    }
}`;
    const annotated = tokenLogin('/**\n     * @SWG\\Post(description="no route")\n     * @Rest\\Post("/api/authenticate")\n     */');
    const [fromDocblock] = handlers(annotated);
    assert.equal(fromDocblock?.role, 'login');
    assert.equal(fromDocblock?.route?.method, 'POST');
    assert.equal(fromDocblock?.route?.path, '/api/authenticate');
    assert.equal(fromDocblock?.rateLimited, false);
    assert.equal(textAt(annotated, fromDocblock?.route?.pathRange), '@Rest\\Post("/api/authenticate")');
    const [fromAttribute] = handlers(tokenLogin("#[FOSRest\\Post('/api/authenticate')]", 'FOSRest'));
    assert.equal(fromAttribute?.route?.method, 'POST');
    assert.equal(fromAttribute?.rateLimited, false);
    // A GET route on the same path takes no password: not a login.
    assert.deepEqual(handlers(tokenLogin('/** @Rest\\Get("/api/authenticate") */')), []);
    // `@SWG\Post` alone is documentation, not a route.
    assert.deepEqual(handlers(tokenLogin('/** @SWG\\Post(description="x") */')), []);
  });
});
