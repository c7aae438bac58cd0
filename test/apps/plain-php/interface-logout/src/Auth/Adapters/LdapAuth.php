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

    // Forgets the directory user and keeps the session: with this backend a stolen session id stays good.
    public function forget(): void
    {
        unset($_SESSION['ldap_user']);
    }
}
