<?php
session_start();
include('functions/login-function.php');
?>
<!DOCTYPE html>
<html>
<body>
  <form method="post" action="login.php">
    <input type="email" name="email">
    <input type="password" name="password">
    <button type="submit">Sign in</button>
  </form>
</body>
</html>
