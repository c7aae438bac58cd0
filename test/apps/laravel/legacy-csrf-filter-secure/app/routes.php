<?php

Route::get('/', function() {
	return View::make('hello');
});

Route::group(array('before' => 'auth'), function() {
	Route::get('tasks', 'TasksController@index');
	Route::post('tasks', 'TasksController@store');
	Route::post('tasks/{id}/delete', 'TasksController@destroy');
});
