<?php

namespace Kanban\Core;

// Reached from controllers through the container's __get: $this->sessionManager.
class SessionManager
{
    public function open(): void
    {
        session_set_cookie_params(['lifetime' => 0, 'path' => '/', 'secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
        session_start();
    }

    public function close(): void
    {
        $params = session_get_cookie_params();
        setcookie(session_name(), '', time() - 42000, $params['path'], $params['domain'], $params['secure'], $params['httponly']);
        session_unset();
        session_destroy();
    }
}
