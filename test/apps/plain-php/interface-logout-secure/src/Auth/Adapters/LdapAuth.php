<?php

namespace Notes\Auth\Adapters;

use Notes\Auth\AuthInterface;

class LdapAuth implements AuthInterface
{
    public function __construct(private string $uri)
    {
    }

    public function user(): ?array
    {
        return $_SESSION['ldap_user'] ?? null;
    }

    public function forget(): void
    {
        session_unset();
        $params = session_get_cookie_params();
        setcookie(session_name(), '', time() - 42000, $params['path'], $params['domain'], $params['secure'], $params['httponly']);
        session_destroy();
    }
}
