<?php

namespace App\Http\Controllers;

// Sends each role to its dashboard; a user with no known role is signed out (an error path, not the logout).
class HomeRedirectController extends Controller
{
    public function home()
    {
        if (auth()->user()->role === 'admin') {
            return redirect('/admin');
        } elseif (auth()->user()->role === 'staff') {
            return redirect('/staff');
        } else {
            return auth()->logout();
        }
    }
}
