<?php
session_start();
include('../includes/db.php');

if (!isset($_SESSION['repo_user_id']) || empty($_SESSION['repo_user_id'])) {
    header('Location: ../login.php');
    exit;
}

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    // The dashboard posts the session's token back with every form.
    if (!hash_equals($_SESSION['token'] ?? '', (string) ($_POST['token'] ?? ''))) {
        http_response_code(403);
        exit('Invalid form token.');
    }
    $query = "UPDATE hospital_equipment
              SET
                equipment_name = $1,
                quantity = $2
              WHERE
                equipment_id = $3 AND repo_user_id = $4";
    pg_query_params($db_connection, $query, [$_POST['name'], (int) $_POST['quantity'], (int) $_POST['id'], $_SESSION['repo_user_id']]);
    header('Location: equipment.php');
    exit;
}
?>
<!DOCTYPE html>
<html>
<body>
  <?php include('../includes/user-sidebar.php'); ?>
  <form method="post" action="equipment.php">
    <input name="token" type="hidden" value="<?= htmlspecialchars($_SESSION['token']) ?>">
    <input name="id" type="hidden" value="1">
    <input name="name"> <input name="quantity" type="number">
    <button>Save</button>
  </form>
</body>
</html>
