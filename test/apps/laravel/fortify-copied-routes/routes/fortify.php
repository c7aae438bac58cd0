<?php

use App\Http\Controllers\Admin\AdminSessionController;
use Illuminate\Support\Facades\Route;

// Fortify::ignoreRoutes() in FortifyServiceProvider: the admin login is registered here instead.
Route::group(['middleware' => config('fortify.middleware', ['web'])], function () {
    $guard = config('fortify.guard');

    // expect: login-rate-limit
    Route::post('/admin/login', [AdminSessionController::class, 'store'])
        ->middleware(array_filter(['guest:' . $guard]))
        ->name('admin.login.store');

    Route::post('/admin/logout', [AdminSessionController::class, 'destroy'])
        ->middleware('auth:admin')
        ->name('admin.logout');
});
