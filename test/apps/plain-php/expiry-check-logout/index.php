<?php
require __DIR__ . '/vendor/autoload.php';
require_once __DIR__ . '/init.php';

use Bookmarks\Controller\SignOutController;
use Bookmarks\LoginState;
use Slim\Factory\AppFactory;

// Every request checks whether the login expired: the id renewal of init.php ran before and is not this logout's.
$loginState = new LoginState();
$loginState->checkLoginState($_SERVER['REMOTE_ADDR']);

$app = AppFactory::create();
$app->get('/logout', SignOutController::class . ':index');
$app->run();
