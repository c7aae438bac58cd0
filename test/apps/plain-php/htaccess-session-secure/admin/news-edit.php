<?php
require __DIR__ . '/check.php';
require __DIR__ . '/../db.php';

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $stmt = $pdo->prepare('UPDATE news SET title = ?, body = ? WHERE id = ?');
    $stmt->execute([$_POST['title'], $_POST['body'], (int) $_POST['id']]);
    header('Location: news.php');
    exit;
}
