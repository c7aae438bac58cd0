<?php
if (!isset($_SESSION['repo_user_id']) || empty($_SESSION['repo_user_id'])) {
    header('Location: ../login.php');
    exit;
}
// The login's token, handed to the dashboard's scripts.
$token = $_SESSION['token'] ?? '';
?>
<nav class="sidebar" data-api-token="<?= htmlspecialchars($token) ?>">
  <a href="equipment.php">Equipment</a>
</nav>
