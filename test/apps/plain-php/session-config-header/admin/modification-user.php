<?php
require_once '../template/header.php';
if (!isset($_SESSION['user']) || $_SESSION['user']['role'] !== 'admin') {
    header('Location: ../connection.php');
    exit;
}

if (isset($_POST['modify-user'])) {
    $stmt = $pdo->prepare('UPDATE users SET email = :email, role = :role WHERE id = :id');
    $stmt->execute(['email' => $_POST['email'], 'role' => $_POST['role'], 'id' => (int) $_POST['id']]);
    header('Location: index-admin.php');
    exit;
}
?>
<form method="post"><input name="email"><input name="role"><input type="hidden" name="id" value="1"><button name="modify-user">Save</button></form>
