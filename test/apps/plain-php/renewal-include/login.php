<?php
session_start();
require 'includes/db.php';

$stmt = $pdo->prepare('SELECT id, hash FROM users WHERE email = ?');
$stmt->execute([$_POST['email'] ?? '']);
$user = $stmt->fetch();
if ($user && password_verify($_POST['password'] ?? '', $user['hash'])) {
    // expect: session-regenerate-on-login
    require 'includes/renew.php';
    $_SESSION['user_id'] = $user['id'];
    header('Location: account.php');
    exit;
}
