<?php
require_once __DIR__ . '/includes/db.php';

$error = '';
// expect: login-rate-limit
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $email = strtolower(trim($_POST['email'] ?? ''));
    {
        $find = $pdo->prepare('SELECT id, password_hash FROM customers WHERE email = ?');
        $find->execute([$email]);
        $customer = $find->fetch(PDO::FETCH_ASSOC);
        if ($customer && password_verify($_POST['password'] ?? '', $customer['password_hash'])) {
            session_regenerate_id(true);
            $_SESSION['customer_id'] = (int) $customer['id'];
            header('Location: account.php');
            exit;
        } else {
            $error = 'Wrong e-mail or password.';
        }
    }
}
