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
// The team form of the home page posts here.
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    if (!hash_equals($_SESSION['csrf_token'] ?? '', (string) ($_POST['csrf_token'] ?? ''))) {
        http_response_code(403);
        exit('Invalid form token.');
    }
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
    <input type="hidden" name="csrf_token" value="<?= htmlspecialchars($_SESSION['csrf_token'] ?? '') ?>">
    <input type="text" name="teamname">
    <button type="submit">Create team</button>
  </form>
</body>
</html>
