    <?php
    include 'config.php';
    include 'includes/db.php';

    if (isset($_POST['email'], $_POST['password'])) {
        $stmt = $pdo->prepare('SELECT id, hash, is_admin FROM staff WHERE email = ?');
        $stmt->execute([$_POST['email']]);
        $row = $stmt->fetch();
        if ($row && password_verify($_POST['password'], $row['hash'])) {
            session_regenerate_id(true);
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
