<?php
require_once __DIR__ . '/includes/db.php';
require_once __DIR__ . '/classes/LoginGuard.php';

$error = '';
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $email = strtolower(trim($_POST['email'] ?? ''));
    if (LoginGuard::isBlocked($pdo, $email)) {
        $error = 'Too many attempts. Try again later.';
    } else {
        $find = $pdo->prepare('SELECT id, password_hash FROM customers WHERE email = ?');
        $find->execute([$email]);
        $customer = $find->fetch(PDO::FETCH_ASSOC);
        if ($customer && password_verify($_POST['password'] ?? '', $customer['password_hash'])) {
            LoginGuard::clear($pdo, $email);
            session_regenerate_id(true);
            $_SESSION['customer_id'] = (int) $customer['id'];
            header('Location: account.php');
            exit;
        } else {
            LoginGuard::recordFailure($pdo, $email);
            $error = 'Wrong e-mail or password.';
        }
    }
}
