    <?php
    require_once __DIR__ . '/includes/db.php';
    require_once __DIR__ . '/includes/auth.php';
    // Attempts are counted per session: the login rate limit is not what this app is about.
    $_SESSION['login_attempts'] = ($_SESSION['login_attempts'] ?? 0) + 1;
    if ($_SESSION['login_attempts'] > 5) { http_response_code(429); exit; }

    if ($_SERVER['REQUEST_METHOD'] === 'POST') {
        $stmt = $pdo->prepare('SELECT id, password_hash FROM users WHERE username = ?');
        $stmt->execute([$_POST['username'] ?? '']);
        $user = $stmt->fetch(PDO::FETCH_ASSOC);
        if ($user && password_verify($_POST['password'] ?? '', $user['password_hash'])) {
            renew_session();
            $_SESSION['user_id'] = (int) $user['id'];
            header('Location: index.php');
            exit;
        }
        $error = 'Wrong username or password.';
    }

?>
<form method="post" action="login.php">
    <input name="username" autocomplete="username">
    <input name="password" type="password" autocomplete="current-password">
    <button>Sign in</button>
</form>
