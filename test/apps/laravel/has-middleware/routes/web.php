<?php

use App\Http\Controllers\LoginController;
use Illuminate\Support\Facades\Route;

Route::get('/login', [LoginController::class, 'create'])->name('login');
// expect: login-rate-limit
Route::post('/login', [LoginController::class, 'store']);
Route::put('/password', [LoginController::class, 'update'])->middleware('auth');
