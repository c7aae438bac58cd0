<?php

class TasksController extends BaseController {

	public function index() {
		return View::make('tasks.index', array('tasks' => Auth::user()->tasks));
	}

	public function store() {
		Auth::user()->tasks()->create(Input::only('title'));
		return Redirect::to('tasks');
	}

	public function destroy($id) {
		Auth::user()->tasks()->findOrFail($id)->delete();
		return Redirect::to('tasks');
	}
}
