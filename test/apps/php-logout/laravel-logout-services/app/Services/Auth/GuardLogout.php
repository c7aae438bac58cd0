<?php

namespace App\Services\Auth;

use Illuminate\Support\Facades\Auth;

class GuardLogout
{
    public function logout(): void
    {
        Auth::logout();
    }
}
