<?php

namespace App\Http\Controllers\Auth;

use App\Http\Controllers\Controller;
use App\Services\Auth\GuardLogout;
use App\Services\Auth\LoginService;
use App\Services\Auth\TokenService;
use Acme\Sso\SsoClient;
use Illuminate\Http\Request;

// Logouts handed to services of the app: each is judged by what its service does.
class LoginController extends Controller
{
    private GuardLogout $guardLogout;

    public function __construct(
        protected LoginService $loginService,
        private readonly TokenService $tokens,
        GuardLogout $guardLogout,
        private SsoClient $sso,
    ) {
        $this->guardLogout = $guardLogout;
    }

    // LoginService::logout() logs out and invalidates the session.
    # ok: session-destroy-on-logout
    public function logout()
    {
        return redirect($this->loginService->logout());
    }

    // TokenService::logout() revokes an API token and touches no session: nothing to judge here.
    # ok: session-destroy-on-logout
    public function logoutApi(Request $request)
    {
        $this->tokens->logout($request->user());
        return response()->noContent();
    }

    // A vendor package's client (not a class of the app): what it does is unknown.
    # ok: session-destroy-on-logout
    public function logoutSso(Request $request)
    {
        return redirect($this->sso->logout($request->user()));
    }

    // GuardLogout::logout() only logs the user out of the guard: the session stays valid.
    public function signOut(Request $request)
    {
        # expect: session-destroy-on-logout
        $this->guardLogout->logout();
        return redirect('/');
    }
}
