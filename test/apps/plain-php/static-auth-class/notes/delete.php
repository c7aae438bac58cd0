<?php
// expect: csrf
require __DIR__ . '/../bootstrap.php';
Auth::requireLogin();

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $delete = $pdo->prepare('DELETE FROM notes WHERE id = ? AND owner = ?');
    $delete->execute([(int) $_POST['id'], Auth::user()['id']]);
}
header('Location: index.php');
