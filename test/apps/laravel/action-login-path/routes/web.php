<?php

use App\Http\Controllers\Auth\AppleSignInController;
use App\Http\Controllers\HomeRedirectController;
use App\Http\Controllers\LoginController;
use Illuminate\Support\Facades\Route;

Route::get('/', [LoginController::class, 'login'])->middleware('guest')->name('login');
// The path names no login, but the action tries a password (Auth::attempt).
// expect: login-rate-limit
Route::post('/actionlogin', [LoginController::class, 'actionLogin'])->name('actionlogin');
Route::post('/logout', [LoginController::class, 'actionLogout'])->middleware('auth')->name('logout');

Route::post('/apple/sign-in', [AppleSignInController::class, 'redirect'])->middleware('guest');

Route::get('/home', [HomeRedirectController::class, 'home'])->middleware('auth');
