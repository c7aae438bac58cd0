<?php
// expect: csrf
require_once 'header.php';
include('../include/db.php');
if (isset($_POST['save'])) {
    $title = mysqli_real_escape_string($con, $_POST['title']);
    $quantity = (int) $_POST['quantity'];
    mysqli_query($con, "INSERT INTO books (title, quantity) VALUES ('$title', $quantity)");
}
