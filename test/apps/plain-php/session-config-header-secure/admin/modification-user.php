<?php
require_once '../template/header.php';
if (!isset($_SESSION['user']) || $_SESSION['user']['role'] !== 'admin') {
    header('Location: ../connection.php');
    exit;
}
$_SESSION['csrf_token'] ??= bin2hex(random_bytes(32));

if (isset($_POST['modify-user'])) {
    if (!hash_equals($_SESSION['csrf_token'], $_POST['csrf_token'] ?? '')) {
        http_response_code(403);
        exit;
    }
    $stmt = $pdo->prepare('UPDATE users SET email = :email, role = :role WHERE id = :id');
    $stmt->execute(['email' => $_POST['email'], 'role' => $_POST['role'], 'id' => (int) $_POST['id']]);
    header('Location: index-admin.php');
    exit;
}
?>
<form method="post"><input type="hidden" name="csrf_token" value="<?= $_SESSION['csrf_token'] ?>"><input name="email"><input name="role"><input type="hidden" name="id" value="1"><button name="modify-user">Save</button></form>
