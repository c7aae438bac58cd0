<?php

namespace Bookmarks;

class SessionKeys
{
    // One step of logout.php, which ends the session after calling it; the expiry check runs it too.
    public static function logout(): void
    {
        unset($_SESSION['username'], $_SESSION['ip'], $_SESSION['expires_on']);
    }
}
