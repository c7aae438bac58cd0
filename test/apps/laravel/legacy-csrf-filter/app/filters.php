<?php

Route::filter('auth', function()
{
	if (Auth::guest()) return Redirect::guest('login');
});

Route::filter('guest', function()
{
	if (Auth::check()) return Redirect::to('/');
});

// Defined as Laravel 4 ships it, but no route or group attaches it.
Route::filter('csrf', function()
{
	if (Session::token() !== Input::get('_token'))
	{
		throw new Illuminate\Session\TokenMismatchException;
	}
});
