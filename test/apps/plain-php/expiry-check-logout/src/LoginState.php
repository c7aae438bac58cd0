<?php

namespace Bookmarks;

class LoginState
{
    public function checkLoginState(string $clientIp): bool
    {
        if (($_SESSION['expires_on'] ?? 0) < time() || ($_SESSION['ip'] ?? '') !== $clientIp) {
            SessionKeys::logout();
            return false;
        }
        $_SESSION['expires_on'] = time() + 3600;
        return true;
    }
}
