<?php
session_start();
require_once __DIR__ . '/lib/audit.php';
require_once __DIR__ . '/lib/users.php';

$user = find_user($_POST['username'] ?? '');
$ok = $user !== null && password_verify($_POST['password'] ?? '', $user['hash']);
audit_login($_POST['username'] ?? '', $ok);
if ($ok) {
    // expect: session-regenerate-on-login
    $_SESSION['uid'] = $user['id'];
    header('Location: /');
}
