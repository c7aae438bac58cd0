<?php
require_once 'program/app.php';
$app = new App();
$app->start();
if (($_GET['task'] ?? '') === 'logout') {
    $app->logout_actions();
    // Forgets the user and keeps the session record and its cookie.
    // expect: session-destroy-on-logout
    unset($_SESSION['user_id']);
    header('Location: ./');
    exit;
}
