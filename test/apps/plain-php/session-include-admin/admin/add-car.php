<?php
require_once '../lib/session.php';
require_once '../lib/auth.php';
require_once '../lib/pdo.php';
require_once '../lib/car.php';

$errors = [];
if (isset($_POST['add-car'])) {
    if (addCar($pdo, trim($_POST['name']), (int) $_POST['price'], (int) $_SESSION['user']['user_id'])) {
        header('Location: index-admin.php');
        exit;
    }
    $errors[] = 'The car could not be saved.';
}
?>
<form method="post">
    <input name="name"><input name="price" type="number">
    <button name="add-car">Add</button>
</form>
