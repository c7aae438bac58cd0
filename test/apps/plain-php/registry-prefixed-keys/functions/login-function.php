<?php
include_once(__DIR__ . '/../includes/db.php');

$email = trim((string) ($_POST['email'] ?? ''));
$password = (string) ($_POST['password'] ?? '');

// expect: login-rate-limit
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $result = pg_query_params($db_connection, 'SELECT repo_user_id, lastname, password FROM repo_user WHERE email = $1', [$email]);
    $row = pg_fetch_assoc($result);
    if ($row && password_verify($password, $row['password'])) {
        // The login's own token, kept for the API calls of the dashboard.
        $token = bin2hex(random_bytes(16));
        // expect: session-regenerate-on-login
        $_SESSION['repo_user_id'] = $row['repo_user_id'];
        $_SESSION['user_lname'] = $row['lastname'];
        $_SESSION['token'] = $token;
        header('Location: user-side/equipment.php');
        exit;
    }
    $error = 'Invalid email or password.';
}
