<?php

use App\Http\Controllers\Admin\AdminSessionController;
use Illuminate\Support\Facades\Route;

// Fortify::ignoreRoutes() in FortifyServiceProvider: the admin login is registered here instead,
// with the limiter Fortify's own routes apply (config('fortify.limiters.login') is 'login').
Route::group(['middleware' => config('fortify.middleware', ['web'])], function () {
    $guard = config('fortify.guard');
    $limiter = config('fortify.limiters.login');

    Route::post('/admin/login', [AdminSessionController::class, 'store'])
        ->middleware(array_filter([
            'guest:' . $guard,
            $limiter ? 'throttle:' . $limiter : null,
        ]))
        ->name('admin.login.store');

    Route::post('/admin/logout', [AdminSessionController::class, 'destroy'])
        ->middleware('auth:admin')
        ->name('admin.logout');
});
