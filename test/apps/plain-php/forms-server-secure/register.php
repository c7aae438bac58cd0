<?php include('server.php'); ?>
<!DOCTYPE html>
<html>
<body>
  <form method="post" action="register.php">
    <input type="text" name="username">
    <input type="email" name="email">
    <input type="password" name="password_1">
    <input type="password" name="password_2">
    <button type="submit" name="reg_user">Register</button>
  </form>
</body>
</html>
