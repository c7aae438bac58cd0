<?php
// A search form posted back to the page: it reads, it changes nothing.
session_start();
if (!isset($_SESSION['admin_id'])) {
    header('Location: login.php');
    exit();
}
include 'db.php';

$table = $_GET['table'];
$rows = [];
if ($_SERVER['REQUEST_METHOD'] == 'POST') {
    $term = '%' . $_POST['term'] . '%';
    $stmt = $conn->prepare("SELECT * FROM $table WHERE name LIKE ?");
    $stmt->bind_param('s', $term);
    $stmt->execute();
    $rows = $stmt->get_result()->fetch_all(MYSQLI_ASSOC);
}
