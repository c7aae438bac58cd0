<?php

use App\Http\Controllers\AccountController;
use App\Http\Controllers\WebhookController;
use Illuminate\Support\Facades\Route;

Route::post('webhooks/mailgun', [WebhookController::class, 'mailgun']);

Route::middleware(['auth', 'verified'])->group(function () {
    Route::get('account', [AccountController::class, 'show'])->name('account');
    Route::put('account/password', [AccountController::class, 'updatePassword']);
    Route::delete('account', [AccountController::class, 'destroy']);
});
