<?php

use App\Http\Controllers\NoteController;
use Illuminate\Support\Facades\Route;

Route::view('/', 'welcome');

// The single-page front end calls these with the session cookie.
Route::middleware('auth')->prefix('api')->group(function () {
    Route::get('notes', [NoteController::class, 'index']);
    Route::post('notes', [NoteController::class, 'store']);
    Route::delete('notes/{note}', [NoteController::class, 'destroy']);
});

Route::post('stripe/webhook', [NoteController::class, 'webhook']);
