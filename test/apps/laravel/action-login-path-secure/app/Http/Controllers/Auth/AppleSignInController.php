<?php

namespace App\Http\Controllers\Auth;

use App\Http\Controllers\Controller;
use Laravel\Socialite\Facades\Socialite;

// Starts Sign in with Apple: the browser is sent to Apple, which checks the credential.
class AppleSignInController extends Controller
{
    public function redirect()
    {
        return Socialite::driver('apple')->redirect();
    }
}
