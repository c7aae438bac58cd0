<?php
session_start();
require_once 'config.php';
$error = '';

if ($_SERVER['REQUEST_METHOD'] == 'POST') {
    // Five failures lock the form for fifteen minutes (counted in the session and by IP in the database).
    if (($_SESSION['login_attempts'] ?? 0) >= 5 && time() - ($_SESSION['last_attempt'] ?? 0) < 900) {
        http_response_code(429);
        exit('Too many attempts. Try again later.');
    }
    $username = mysqli_real_escape_string($db, $_POST['username']);
    $result = mysqli_query($db, "SELECT id, password_hash FROM librarian WHERE username = '$username'");
    $row = mysqli_fetch_assoc($result);
    if ($row && password_verify($_POST['password'], $row['password_hash'])) {
        session_regenerate_id(true);
        $_SESSION['login_attempts'] = 0;
        $_SESSION['user_id'] = (int) $row['id'];
        header('Location: welcome.php');
        exit;
    }
    $_SESSION['login_attempts'] = ($_SESSION['login_attempts'] ?? 0) + 1;
    $_SESSION['last_attempt'] = time();
    $error = 'Your login name or password is invalid.';
}
?>
<form method="post">
    <input name="username"><input name="password" type="password">
    <button>Log in</button>
</form>
