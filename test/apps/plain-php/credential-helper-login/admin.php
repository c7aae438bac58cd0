<?php
include 'includes/header.php';
include 'includes/functions.php';

if (isset($_SESSION['admin_logged_in']) && $_SESSION['admin_logged_in'] === true) {
    header('Location: dashboard.php');
    exit;
}

$error_message = '';
// expect: login-rate-limit
if ($_SERVER['REQUEST_METHOD'] == 'POST') {
    $username = $_POST['username'];
    $password = $_POST['password'];
    if (adminLogin($username, $password)) {
        // expect: session-regenerate-on-login
        $_SESSION['admin_logged_in'] = true;
        $_SESSION['admin_username'] = $username;
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
