<?php

class UsersController extends BaseController {

	public function postLogin() {
		if ($this->hasTooManyLoginAttempts(Request::getClientIp())) {
			return Redirect::to('login')->with('error', 'Too many attempts, try again in 15 minutes.');
		}
		if (Auth::attempt(Input::only('name', 'password'), Input::has('remember_me'))) {
			return Redirect::intended('/');
		}
		Cache::put('login-attempts:'.Request::getClientIp(), Cache::get('login-attempts:'.Request::getClientIp(), 0) + 1, 15);
		return Redirect::to('login');
	}

	private function hasTooManyLoginAttempts($ip) {
		return Cache::get('login-attempts:'.$ip, 0) >= 5;
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
