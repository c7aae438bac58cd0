<?php

use App\Http\Controllers\SessionController;
use Illuminate\Support\Facades\Route;

Route::controller(SessionController::class)->group(function () {
    Route::get('/signin', 'create')->name('signin');
    Route::post('/signin', 'store');
    Route::post('/signout', 'destroy')->middleware('auth');
});
