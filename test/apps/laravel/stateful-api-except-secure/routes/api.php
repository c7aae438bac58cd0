<?php

use App\Http\Controllers\Api\CartController;
use App\Http\Controllers\Api\ProfileController;
use Illuminate\Support\Facades\Route;

Route::middleware(['auth:sanctum'])->group(function () {
    Route::post('/mycart/add', [CartController::class, 'add'])->name('api.mycart.add');
    Route::post('/mycart/checkout', [CartController::class, 'checkout'])->name('api.mycart.checkout');
    Route::post('/profile/update', [ProfileController::class, 'update'])->name('api.profile.update');
});
