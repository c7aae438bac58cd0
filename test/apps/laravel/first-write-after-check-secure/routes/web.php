<?php

use Illuminate\Support\Facades\Route;

Route::get('/masuk', 'BuyerController@form');
Route::post('/masuk', 'BuyerController@login')->middleware('throttle:6,1');
