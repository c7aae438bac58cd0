<?php
// expect: csrf
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
// The team form of the home page posts here.
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $db = mysqli_connect('localhost', 'root', getenv('DB_PASSWORD'), 'arena');
    $team = mysqli_real_escape_string($db, $_POST['teamname']);
    mysqli_query($db, "INSERT INTO teams (teamname, owner) VALUES('$team', '" . mysqli_real_escape_string($db, $_SESSION['username']) . "')");
    header('location: index.php');
    exit;
}
?>
<!DOCTYPE html>
<html>
<body>
  <p>Welcome <strong><?php echo htmlspecialchars($_SESSION['username'] ?? ''); ?></strong></p>
  <p><a href="index.php?logout='1'">logout</a></p>
  <form method="post" action="index.php">
    <input type="text" name="teamname">
    <button type="submit">Create team</button>
  </form>
</body>
</html>
