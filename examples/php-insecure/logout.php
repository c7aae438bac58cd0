<?php

declare(strict_types=1);

require __DIR__ . '/bootstrap.php';
start_session();

// Forgets the user but keeps the session (and its id) alive.
unset($_SESSION['user_id']);
setcookie('remember_me', '', time() - 3600, '/');
header('Location: /login.php');
