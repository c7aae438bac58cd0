<?php
require_once 'program/app.php';
$app = new App();
$app->start();
if (($_GET['task'] ?? '') === 'logout') {
    $app->logout_actions();
    $app->kill_session();
    header('Location: ./');
    exit;
}
