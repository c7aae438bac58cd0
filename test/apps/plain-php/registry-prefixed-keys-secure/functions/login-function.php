<?php
include_once(__DIR__ . '/../includes/db.php');

$email = trim((string) ($_POST['email'] ?? ''));
$password = (string) ($_POST['password'] ?? '');

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    // Five failed attempts per session, then the form waits.
    if (($_SESSION['login_attempts'] ?? 0) >= 5) {
        http_response_code(429);
        exit('Too many attempts.');
    }
    $result = pg_query_params($db_connection, 'SELECT repo_user_id, lastname, password FROM repo_user WHERE email = $1', [$email]);
    $row = pg_fetch_assoc($result);
    if ($row && password_verify($password, $row['password'])) {
        // The login's own token, kept for the API calls of the dashboard.
        $token = bin2hex(random_bytes(16));
        session_regenerate_id(true);
        $_SESSION['login_attempts'] = 0;
        $_SESSION['repo_user_id'] = $row['repo_user_id'];
        $_SESSION['user_lname'] = $row['lastname'];
        $_SESSION['token'] = $token;
        header('Location: user-side/equipment.php');
        exit;
    }
    $_SESSION['login_attempts'] = ($_SESSION['login_attempts'] ?? 0) + 1;
    $error = 'Invalid email or password.';
}
