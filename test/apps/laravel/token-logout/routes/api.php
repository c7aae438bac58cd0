<?php

use App\Http\Controllers\SessionController;
use Illuminate\Support\Facades\Route;

Route::post('/sessions', [SessionController::class, 'login']);
Route::delete('/sessions/current', [SessionController::class, 'logout'])->middleware('auth:sanctum');
