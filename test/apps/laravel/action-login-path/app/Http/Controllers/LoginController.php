<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;

// Written by hand: no AuthenticatesUsers / ThrottlesLogins trait, so nothing here counts attempts.
class LoginController extends Controller
{
    public function login()
    {
        return Auth::check() ? redirect('home') : view('login');
    }

    public function actionLogin(Request $request)
    {
        $credentials = $request->only('username', 'password');

        if (Auth::attempt($credentials)) {
            $request->session()->regenerate();

            return redirect()->intended('home');
        }

        return back()->withErrors(['username' => 'These credentials do not match our records.']);
    }

    public function actionLogout(Request $request)
    {
        Auth::logout();
        $request->session()->invalidate();
        $request->session()->regenerateToken();

        return redirect('/');
    }
}
