<?php

declare(strict_types=1);

require __DIR__ . '/bootstrap.php';
start_session();

$name = isset($_SESSION['user_id']) ? 'Ada' : 'guest';
setcookie('last_visit', (string) time(), ['expires' => time() + 60 * 60 * 24 * 30, 'path' => '/', 'secure' => true, 'samesite' => 'Lax']);
?>
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Home</title></head>
<body>
  <h1>Hello, <?= htmlspecialchars($name) ?></h1>
  <a href="logout.php">Sign out</a>
</body>
</html>
