<?php

use App\Http\Controllers\Auth\AppleSignInController;
use App\Http\Controllers\HomeRedirectController;
use App\Http\Controllers\LoginController;
use Illuminate\Support\Facades\Route;

Route::get('/', [LoginController::class, 'login'])->middleware('guest')->name('login');
Route::post('/actionlogin', [LoginController::class, 'actionLogin'])->middleware('throttle:5,1')->name('actionlogin');
Route::post('/logout', [LoginController::class, 'actionLogout'])->middleware('auth')->name('logout');

Route::post('/apple/sign-in', [AppleSignInController::class, 'redirect'])->middleware('guest');

Route::get('/home', [HomeRedirectController::class, 'home'])->middleware('auth');
