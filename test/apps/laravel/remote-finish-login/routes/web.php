<?php

use App\Http\Controllers\RemoteAuthController;
use Illuminate\Support\Facades\Route;

Route::get('auth/remote/start', [RemoteAuthController::class, 'start']);
// A password tried on every post, nothing throttles it.
// expect: login-rate-limit
Route::post('auth/remote/login', [RemoteAuthController::class, 'handleLogin']);
