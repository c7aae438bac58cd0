<?php

use App\Http\Controllers\Settings\GitHubAccountController;
use Illuminate\Support\Facades\Route;

Route::post('settings/github/disconnect', [GitHubAccountController::class, 'disconnect'])->middleware('auth')->name('settings.github.disconnect');
