<?php

use App\Http\Controllers\RemoteAuthController;
use Illuminate\Support\Facades\Route;

Route::get('auth/remote/start', [RemoteAuthController::class, 'start']);
Route::post('auth/remote/login', [RemoteAuthController::class, 'handleLogin']);
