<?php

declare(strict_types=1);

require __DIR__ . '/bootstrap.php';

// "Resume" links from the mobile app carry the session id.
if (isset($_GET['sid'])) {
    session_id($_GET['sid']);
}
start_session();

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $user = find_user((string) ($_POST['email'] ?? ''));
    if ($user !== null && password_verify((string) ($_POST['password'] ?? ''), $user['hash'])) {
        $_SESSION['user_id'] = $user['id'];
        if (!empty($_POST['remember'])) {
            $token = md5($user['id'] . time());
            setcookie('remember_me', $token, time() + 60 * 60 * 24 * 365, '/');
        }
        header('Set-Cookie: auth=' . $token . '; Path=/; Domain=.example.com');
        header('Location: /index.php');
        exit;
    }
    $error = 'Wrong email or password.';
}
?>
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sign in</title></head>
<body>
  <?php if (isset($error)): ?><p class="error"><?= htmlspecialchars($error) ?></p><?php endif; ?>
  <form method="post" action="login.php">
    <label>Email <input name="email" type="email"></label>
    <label>Password <input name="password" type="password"></label>
    <label><input name="remember" type="checkbox" value="1"> Keep me signed in</label>
    <button>Sign in</button>
  </form>
</body>
</html>
