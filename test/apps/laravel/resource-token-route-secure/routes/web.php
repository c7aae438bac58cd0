<?php

use App\Http\Controllers\Admin;
use App\Http\Controllers\TokenController;
use Illuminate\Support\Facades\Route;

Route::post('/token', [TokenController::class, 'store'])->middleware('throttle:5,1');
// The admin group's login check is applied where the routes file is mounted.
Route::post('/admin/nodes/view/{node}/settings/token', Admin\NodeDeployController::class);
