<?php
session_start();
require_once __DIR__ . '/lib/audit.php';
require_once __DIR__ . '/lib/users.php';
// Attempts are counted per session: the login rate limit is not what this app is about.
$_SESSION['login_attempts'] = ($_SESSION['login_attempts'] ?? 0) + 1;
if ($_SESSION['login_attempts'] > 5) { http_response_code(429); exit; }

$user = find_user($_POST['username'] ?? '');
$ok = $user !== null && password_verify($_POST['password'] ?? '', $user['hash']);
audit_login($_POST['username'] ?? '', $ok);
if ($ok) {
    // expect: session-regenerate-on-login
    $_SESSION['uid'] = $user['id'];
    header('Location: /');
}
