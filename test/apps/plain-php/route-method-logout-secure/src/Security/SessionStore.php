<?php

namespace Notes\Security;

class SessionStore
{
    public static function start(): void
    {
        session_set_cookie_params(['secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
        session_start();
    }

    // Reached from the route's controller method: ends the session and expires its cookie.
    public static function logout(): void
    {
        $_SESSION = [];
        $params = session_get_cookie_params();
        setcookie(session_name(), '', time() - 42000, $params['path'], $params['domain'], $params['secure'], $params['httponly']);
        session_destroy();
    }
}
