<?php
// One edit page for every table of the back office, with a per-session form token.
session_start();
if (!isset($_SESSION['admin_id'])) {
    header('Location: login.php');
    exit();
}
include 'db.php';

$table = $_GET['table'];
$id = (int) $_GET['id'];

if ($_SERVER['REQUEST_METHOD'] == 'POST') {
    if (!hash_equals($_SESSION['csrf_token'] ?? '', $_POST['csrf_token'] ?? '')) {
        http_response_code(403);
        exit('Invalid form token.');
    }
    unset($_POST['csrf_token']);
    $fields = array_keys($_POST);
    $values = array_values($_POST);
    $set = implode(', ', array_map(fn ($field) => "$field = ?", $fields));
    $sql = "UPDATE {$table} SET $set WHERE id = ?";
    $stmt = $conn->prepare($sql);
    $values[] = $id;
    $stmt->bind_param(str_repeat('s', count($fields)) . 'i', ...$values);
    $stmt->execute();
    header('Location: admin_panel.php');
    exit();
}
