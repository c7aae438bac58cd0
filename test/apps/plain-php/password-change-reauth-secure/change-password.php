<?php
// The form asks for the current password again: a forged request cannot supply it (re-authentication).
// ok: csrf
session_start();
if (empty($_SESSION['user_id'])) {
    header('Location: index.php');
    exit;
}
require 'includes/db.php';
$errors = [];
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $stmt = $pdo->prepare('SELECT password FROM users WHERE id = ?');
    $stmt->execute([$_SESSION['user_id']]);
    if (!password_verify($_POST['current_password'], (string) $stmt->fetchColumn())) {
        $errors[] = 'Your current password is wrong.';
    }
    if ($_POST['new_password'] !== $_POST['confirm_password']) {
        $errors[] = 'The two passwords do not match.';
    }
    if (!$errors) {
        $stmt = $pdo->prepare('UPDATE users SET password = ? WHERE id = ?');
        $stmt->execute([password_hash($_POST['new_password'], PASSWORD_DEFAULT), $_SESSION['user_id']]);
    }
}
?>
<form method="post">
    <input type="password" name="current_password">
    <input type="password" name="new_password">
    <input type="password" name="confirm_password">
    <button>Change</button>
</form>
