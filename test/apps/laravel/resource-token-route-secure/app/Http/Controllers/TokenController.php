<?php

namespace App\Http\Controllers;

use App\Models\User;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Hash;

class TokenController
{
    // Trades an e-mail and a password for an API token: a login.
    public function store(Request $request)
    {
        $user = User::where('email', $request->input('email'))->first();
        if (!$user || !Hash::check($request->input('password'), $user->password)) {
            return response(null, 401);
        }

        return response()->json(['token' => $user->createToken('cli')->plainTextToken]);
    }
}
