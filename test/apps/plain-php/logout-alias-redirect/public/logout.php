<?php
require __DIR__ . '/bootstrap.php';

// Forgets who the user is and keeps the session: a stolen session id stays good.
// expect: session-destroy-on-logout
unset($_SESSION['user_id']);
header('Location: /login.php');
exit;
