<?php
require_once 'header.php';
include('../include/db.php');
if (isset($_POST['save'])) {
    if (!hash_equals($_SESSION['csrf_token'] ?? '', $_POST['csrf_token'] ?? '')) {
        http_response_code(403);
        exit;
    }
    $title = mysqli_real_escape_string($con, $_POST['title']);
    $quantity = (int) $_POST['quantity'];
    mysqli_query($con, "INSERT INTO books (title, quantity) VALUES ('$title', $quantity)");
}
