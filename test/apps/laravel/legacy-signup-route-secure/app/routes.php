<?php

Route::group(array('before' => 'guest'), function() {
	Route::get('signin', 'UsersController@getSignin');
	Route::post('signin', 'UsersController@postSignin');
	Route::get('login', 'UsersController@getLogin');
	Route::post('login', 'UsersController@postLogin');
});
