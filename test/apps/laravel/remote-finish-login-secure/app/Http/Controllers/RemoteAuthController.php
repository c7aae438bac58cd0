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
        // The provider vouched for this account in the OAuth exchange that put it in the session: nothing to guess here.
        abort_unless($request->session()->has('remote_account_id'), 403);
        $account = RemoteAccount::whereNotNull('user_id')->findOrFail($request->session()->pull('remote_account_id'));
        Auth::loginUsingId($account->user_id);
        $request->session()->regenerate();

        return redirect('/home');
    }
}
