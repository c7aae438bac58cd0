<?php
session_start();
require_once 'config.php';
$error = '';

// expect: login-rate-limit
if ($_SERVER['REQUEST_METHOD'] == 'POST') {
    $username = mysqli_real_escape_string($db, $_POST['username']);
    $result = mysqli_query($db, "SELECT id, password_hash FROM librarian WHERE username = '$username'");
    $row = mysqli_fetch_assoc($result);
    if ($row && password_verify($_POST['password'], $row['password_hash'])) {
        session_regenerate_id(true);
        $_SESSION['user_id'] = (int) $row['id'];
        header('Location: welcome.php');
        exit;
    }
    $error = 'Your login name or password is invalid.';
}
?>
<form method="post">
    <input name="username"><input name="password" type="password">
    <button>Log in</button>
</form>
