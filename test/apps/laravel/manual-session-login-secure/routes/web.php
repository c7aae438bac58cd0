<?php

use App\Http\Controllers\PortalLoginController;
use Illuminate\Support\Facades\Route;

Route::get('/portal/login', [PortalLoginController::class, 'show']);
Route::post('/portal/login', [PortalLoginController::class, 'login'])->middleware('throttle:5,1');
