<?php

namespace App\Http\Controllers\API\v1;

use App\Http\Controllers\Controller;
use App\Models\User;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;

class AccessTokenController extends Controller
{
    public function create(Request $request): JsonResponse
    {
        if (! Auth::guard('web')->validate($request->only('email', 'password'))) {
            return response()->json(['message' => 'Invalid credentials'], 401);
        }

        $user = User::where('email', $request->input('email'))->firstOrFail();

        return response()->json(['token' => $user->createToken('api')->plainTextToken]);
    }
}
