<?php

namespace App\Http\Controllers;

use App\Models\RemoteAccount;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;

class RemoteAuthController extends Controller
{
    public function start()
    {
        return view('auth.remote');
    }

    public function handleLogin(Request $request)
    {
        $credentials = $request->validate(['email' => 'required|email', 'password' => 'required']);
        if (!Auth::attempt($credentials)) {
            return back()->withErrors(['email' => 'These credentials do not match our records.']);
        }
        $request->session()->regenerate();

        return redirect('/home');
    }
}
