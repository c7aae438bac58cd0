<?php

declare(strict_types=1);

require __DIR__ . '/bootstrap.php';
start_session();

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    // Attempts are counted: after five, this session gets no more guesses.
    $_SESSION['login_attempts'] = ($_SESSION['login_attempts'] ?? 0) + 1;
    if ($_SESSION['login_attempts'] > 5) {
        http_response_code(429);
        exit('Too many attempts.');
    }
    $user = find_user((string) ($_POST['email'] ?? ''));
    if ($user !== null && password_verify((string) ($_POST['password'] ?? ''), $user['hash'])) {
        // A new session id at login: a planted id is worth nothing.
        session_regenerate_id(true);
        $_SESSION['user_id'] = $user['id'];
        if (!empty($_POST['remember'])) {
            $token = bin2hex(random_bytes(32));
            setcookie('remember_me', $token, [
                'expires' => time() + 8 * 60 * 60,
                'path' => '/',
                'secure' => true,
                'httponly' => true,
                'samesite' => 'Lax',
            ]);
        }
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
    <label><input name="remember" type="checkbox" value="1"> Keep me signed in today</label>
    <button>Sign in</button>
  </form>
</body>
</html>
