<?php

namespace Notes\Controllers;

use Notes\Auth\AuthInterface;

class AuthController
{
    public function logout(AuthInterface $auth): void
    {
        // Every adapter destroys the session and expires its cookie.
        // ok: session-destroy-on-logout
        $auth->forget();
        header('Location: /login');
    }
}
