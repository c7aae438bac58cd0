<?php
session_start();

if (!isset($_SESSION['username'])) {
    $_SESSION['msg'] = "You must log in first";
    header('location: login.php');
}

// The logout link of the home page: index.php?logout='1'.
if (isset($_GET['logout'])) {
    $_SESSION = [];
    $params = session_get_cookie_params();
    setcookie(session_name(), '', time() - 42000, $params['path'], $params['domain'], $params['secure'], $params['httponly']);
    session_destroy();
    header("location: login.php");
}
?>
<!DOCTYPE html>
<html>
<body>
  <p>Welcome <strong><?php echo htmlspecialchars($_SESSION['username'] ?? ''); ?></strong></p>
  <p><a href="index.php?logout='1'">logout</a></p>
</body>
</html>
