<?php
session_start();
require_once __DIR__ . '/helpers.php';

if (empty($_SESSION['auth_user'])) {
    redirect('/login.php');
}

// Every form carries the session's token; a posted form without it stops here.
if ($_SERVER['REQUEST_METHOD'] === 'POST' && !hash_equals($_SESSION['csrf_token'] ?? '', $_POST['csrf_token'] ?? '')) {
    http_response_code(403);
    exit('Invalid form token.');
}
