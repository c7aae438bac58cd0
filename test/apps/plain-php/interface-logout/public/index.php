<?php

require __DIR__ . '/../vendor/autoload.php';

use Notes\Auth\Adapters\DatabaseAuth;
use Notes\Auth\Adapters\LdapAuth;
use Notes\Controllers\AuthController;

session_set_cookie_params(['lifetime' => 0, 'path' => '/', 'secure' => true, 'httponly' => true, 'samesite' => 'Strict']);
session_start();

$auth = getenv('AUTH_BACKEND') === 'ldap' ? new LdapAuth(getenv('LDAP_URI')) : new DatabaseAuth(new PDO(getenv('DB_DSN')));
$controller = new AuthController();

if ($_SERVER['REQUEST_METHOD'] === 'POST' && $_SERVER['REQUEST_URI'] === '/logout') {
    $controller->logout($auth);
}
