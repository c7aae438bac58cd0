<?php

use App\Http\Controllers\Auth\LoginController;
use Illuminate\Support\Facades\Route;

Route::post('/logout', [LoginController::class, 'logout'])->middleware('auth');
Route::post('/api/logout', [LoginController::class, 'logoutApi'])->middleware('auth:sanctum');
Route::post('/sign-out', [LoginController::class, 'signOut'])->middleware('auth');
