<?php

use App\Http\Controllers\Auth\LoginController;
use Illuminate\Support\Facades\Route;

Route::get('login', [LoginController::class, 'showLoginForm'])->name('login');
// expect: login-rate-limit
Route::post('login', [LoginController::class, 'login']);
