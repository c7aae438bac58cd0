<?php

use App\Http\Controllers\API\v1\AccessTokenController;
use App\Http\Controllers\API\v1\UserController;

Route::prefix('/users')
    ->name('.users')
    ->group(function () {
        Route::post('/signin', [AccessTokenController::class, 'create'])
            ->name('.sign-in');

        Route::delete('/me', [UserController::class, 'delete'])
            ->middleware('auth:sanctum')
            ->name('.delete');
    });
