<?php
require __DIR__ . '/bootstrap.php';

$_SESSION = [];
$params = session_get_cookie_params();
setcookie(session_name(), '', time() - 42000, $params['path'], $params['domain'], $params['secure'], $params['httponly']);
// ok: session-destroy-on-logout
session_destroy();
header('Location: /login.php');
exit;
