<?php

use App\Http\Controllers\Admin;
use App\Http\Controllers\TokenController;
use Illuminate\Support\Facades\Route;

// expect: login-rate-limit
Route::post('/token', [TokenController::class, 'store']);
// The admin group's login check is applied where the routes file is mounted.
Route::post('/admin/nodes/view/{node}/settings/token', Admin\NodeDeployController::class);
