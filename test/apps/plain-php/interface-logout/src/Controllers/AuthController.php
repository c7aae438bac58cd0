<?php

namespace Notes\Controllers;

use Notes\Auth\AuthInterface;

class AuthController
{
    public function logout(AuthInterface $auth): void
    {
        // One of the adapters only forgets the user (LdapAuth).
        // expect: session-destroy-on-logout
        $auth->forget();
        header('Location: /login');
    }
}
