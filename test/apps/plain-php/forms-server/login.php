<?php include('server.php'); ?>
<!DOCTYPE html>
<html>
<body>
  <form method="post" action="login.php">
    <input type="text" name="username">
    <input type="password" name="password">
    <button type="submit" name="login_user">Login</button>
  </form>
</body>
</html>
