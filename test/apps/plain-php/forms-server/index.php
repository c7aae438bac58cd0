<?php
session_start();

if (!isset($_SESSION['username'])) {
    $_SESSION['msg'] = "You must log in first";
    header('location: login.php');
}

// The logout link of the home page: index.php?logout='1'.
if (isset($_GET['logout'])) {
    // expect: session-destroy-on-logout
    session_destroy();
    unset($_SESSION['username']);
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
