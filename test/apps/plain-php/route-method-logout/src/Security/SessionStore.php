<?php

namespace Notes\Security;

class SessionStore
{
    public static function start(): void
    {
        session_set_cookie_params(['secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
        session_start();
    }

    // Reached from the route's controller method: forgets the user and keeps the session and its id.
    public static function logout(): void
    {
        // expect: session-destroy-on-logout
        unset($_SESSION['user'], $_SESSION['expires_on']);
    }
}
