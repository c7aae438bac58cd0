<?php

use Illuminate\Support\Facades\Route;

Route::prefix('/v1')
    ->name('api')
    ->group(function () {
        require 'API/v1/Users.php';
    });
