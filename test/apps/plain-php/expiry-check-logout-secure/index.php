<?php
require __DIR__ . '/vendor/autoload.php';
require_once __DIR__ . '/init.php';

use Bookmarks\LoginState;

$loginState = new LoginState();
if (!$loginState->checkLoginState($_SERVER['REMOTE_ADDR'])) {
    header('Location: /login.php');
    exit;
}
echo 'Bookmarks';
