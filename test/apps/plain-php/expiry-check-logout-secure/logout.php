<?php
require __DIR__ . '/vendor/autoload.php';
require_once __DIR__ . '/init.php';

use Bookmarks\SessionKeys;

// The logout page forgets the keys, then ends the session and drops its id: the helper is one step of it.
SessionKeys::logout();
$_SESSION = [];
$params = session_get_cookie_params();
setcookie(session_name(), '', time() - 42000, $params['path'], $params['domain'], $params['secure'], $params['httponly']);
session_destroy();
header('Location: /');
