<?php
// The page says neither "session" nor "POST": the included files start the session, guard it and read the form.
// expect: csrf
include '../auth_middleware.php';
include '../database.php';
include '_validate.php';

$statement = $pdo->prepare('INSERT INTO articles (title, content) VALUES (:title, :content)');
$statement->execute([':title' => $title, ':content' => $content]);

redirect('/posts/index.php');
