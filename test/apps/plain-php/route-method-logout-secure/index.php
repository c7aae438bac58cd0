<?php
require __DIR__ . '/vendor/autoload.php';

use Notes\Controller\SignOutController;
use Notes\Security\SessionStore;
use Slim\Factory\AppFactory;

SessionStore::start();
$app = AppFactory::create();
// Slim calls SignOutController::index() by the name written in this string: no code calls index( itself.
$app->get('/admin/logout', SignOutController::class . ':index');
$app->run();
