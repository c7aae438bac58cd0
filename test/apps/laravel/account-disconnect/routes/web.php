<?php

use App\Http\Controllers\Auth\SessionController;
use Illuminate\Support\Facades\Route;

Route::post('disconnect', [SessionController::class, 'disconnect'])->middleware('auth')->name('disconnect');
