<?php

namespace Bookmarks;

class SessionKeys
{
    // Forgets the login's keys and keeps the session and its id: the route's logout and the expiry check run it.
    public static function logout(): void
    {
        // expect: session-destroy-on-logout
        unset($_SESSION['username'], $_SESSION['ip'], $_SESSION['expires_on']);
    }
}
