<?php
include 'includes/header.php';
include 'includes/functions.php';

if (isset($_SESSION['admin_logged_in']) && $_SESSION['admin_logged_in'] === true) {
    header('Location: dashboard.php');
    exit;
}

$error_message = '';
if ($_SERVER['REQUEST_METHOD'] == 'POST') {
    $_SESSION['login_attempts'] = ($_SESSION['login_attempts'] ?? 0) + 1;
    if ($_SESSION['login_attempts'] > 5) {
        http_response_code(429);
        exit('Too many attempts.');
    }
    $username = $_POST['username'];
    $password = $_POST['password'];
    if (adminLogin($username, $password)) {
        session_regenerate_id(true);
        $_SESSION['admin_logged_in'] = true;
        $_SESSION['admin_username'] = $username;
        unset($_SESSION['login_attempts']);
        header('Location: dashboard.php');
        exit;
    }
    $error_message = 'Invalid username or password.';
}
?>
<form method="post">
    <input name="username"><input name="password" type="password">
    <button>Log in</button>
</form>
