<?php

namespace App\Services\Auth;

class LoginService
{
    /** Logs the user out and returns where to go next (BookStack's LoginService::logout). */
    public function logout(): string
    {
        auth()->logout();
        session()->invalidate();
        session()->regenerateToken();

        return '/';
    }
}
