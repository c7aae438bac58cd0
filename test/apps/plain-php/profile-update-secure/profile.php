<?php
session_start();
if (empty($_SESSION['userid'])) {
    header('Location: index.php');
    exit();
}
require_once 'includes/db.php';
require_once 'includes/functions.php';
require_once 'includes/csrf.php';
$result = $conn->query("SELECT firstname, city FROM users WHERE id_user='" . (int) $_SESSION['userid'] . "'");
$user = $result->fetch_assoc();
?>
<form method="post" action="updateprofile.php">
    <?= csrf_field() ?>
    <input name="firstname" value="<?= e($user['firstname']) ?>">
    <input name="city" value="<?= e($user['city']) ?>">
    <button>Save</button>
</form>
