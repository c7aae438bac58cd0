<?php

namespace App\Http\Controllers\API\v1;

use App\Http\Controllers\Controller;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Hash;

class UserController extends Controller
{
    // Deleting the account ends the token client's access; there is no session of theirs to end.
    public function delete(Request $request): JsonResponse
    {
        $user = auth()->user();
        if (! Hash::check($request->input('password'), $user->password)) {
            abort(403);
        }
        $user->tokens()->delete();
        $user->delete();

        // ok: session-destroy-on-logout
        auth()->logout();

        return response()->json(['ok' => true]);
    }
}
