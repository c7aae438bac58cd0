<?php

namespace App\Http\Controllers\Auth;

use App\Http\Controllers\Controller;
use Illuminate\Http\RedirectResponse;
use Illuminate\Support\Facades\Auth;

class SessionController extends Controller
{
    public function disconnect(): RedirectResponse
    {
        // The guard forgets the user; the session and its id live on.
        // expect: session-destroy-on-logout
        Auth::logout();

        return redirect('/');
    }
}
