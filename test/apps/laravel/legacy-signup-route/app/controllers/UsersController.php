<?php

class UsersController extends BaseController {

	public function postLogin() {
		if (Auth::attempt(Input::only('name', 'password'), Input::has('remember_me'))) {
			return Redirect::intended('/');
		}
		return Redirect::to('login');
	}

	// Registers an account: the route is named "signin", but nothing here checks a password.
	public function postSignin() {
		$validator = Validator::make(
			array('name' => Input::get('name'), 'password' => Input::get('password'), 'confirm' => Input::get('confirm')),
			array('name' => array('required', 'min:5'), 'password' => array('required', 'min:8', 'same:confirm'))
		);
		if ($validator->fails()) {
			return Redirect::to('signin')->withErrors($validator);
		}
		$user = new User();
		$user->name = Input::get('name');
		$user->password = Hash::make(Input::get('password'));
		$user->save();
		return Redirect::to('login');
	}
}
