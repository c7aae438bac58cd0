<?php
// The included auth_middleware.php checks the form's token before the INSERT runs.
// ok: csrf
include '../auth_middleware.php';
include '../database.php';
include '_validate.php';

$statement = $pdo->prepare('INSERT INTO articles (title, content) VALUES (:title, :content)');
$statement->execute([':title' => $title, ':content' => $content]);

redirect('/posts/index.php');
