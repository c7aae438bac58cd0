<?php
require __DIR__ . '/../bootstrap.php';
Auth::requireLogin();

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    if (!hash_equals($_SESSION['csrf_token'] ?? '', (string) ($_POST['csrf_token'] ?? ''))) {
        http_response_code(400);
        exit;
    }
    $delete = $pdo->prepare('DELETE FROM notes WHERE id = ? AND owner = ?');
    $delete->execute([(int) $_POST['id'], Auth::user()['id']]);
}
header('Location: index.php');
